import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDeprecationNotices } from '../src/internal/deprecation-notice.js';
import { createTestApp, seedUsers, useMockService } from './support/mock-service.js';

useMockService(seedUsers(3));

beforeEach(() => resetDeprecationNotices());
afterEach(() => vi.restoreAllMocks());

describe('deprecation warnings', () => {
  it('warns once per call per process, naming the replacement', async () => {
    const first = createTestApp();
    const second = createTestApp();
    await first.app.user.getEndUserList({ limit: 1, offset: 0 });
    await first.app.user.getEndUserList({ limit: 1, offset: 1 });
    await second.app.user.getEndUserList({ limit: 1, offset: 2 });
    expect(first.warnings).toHaveLength(1);
    expect(first.warnings[0]).toContain('app.user.getEndUserList() is deprecated');
    expect(first.warnings[0]).toContain('describeUserList');
    expect(second.warnings).toEqual([]);
  });

  it('warns separately for each deprecated call', async () => {
    const { app, warnings } = createTestApp();
    await app.user.getEndUserList({ limit: 1, offset: 0 });
    await app.user.setEndUserStatus({ uuid: 'nobody', status: 'ENABLE' }).catch(() => undefined);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toContain("modifyUser({ uid, userStatus: 'ACTIVE' | 'BLOCKED' })");
  });

  it('stays silent when deprecation warnings are turned off', async () => {
    const { app, warnings } = createTestApp({ deprecationWarnings: false });
    await app.user.getEndUserList({ limit: 1, offset: 0 });
    expect(warnings).toEqual([]);
  });

  it('emits a DeprecationWarning through process.emitWarning when no logger is given', async () => {
    const emit = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const { app } = createTestApp({ logger: undefined as never });
    await app.user.getEndUserList({ limit: 1, offset: 0 });
    expect(emit).toHaveBeenCalledTimes(1);
    expect(emit.mock.calls[0]?.[1]).toEqual({
      type: 'DeprecationWarning',
      code: 'TCB_USER_LEGACY_GETENDUSERLIST',
    });
  });

  it('does not warn for the new calls on the same app', async () => {
    const { app, warnings } = createTestApp();
    await app.user.describeUserList({ pageSize: 1 });
    expect(warnings).toEqual([]);
  });
});
