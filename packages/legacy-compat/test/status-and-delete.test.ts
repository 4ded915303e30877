import { describe, expect, it } from 'vitest';
import { isApiError, isPartialDeleteError, isValidationError } from '../src/index.js';
import { createTestApp, seedUsers, useMockService } from './support/mock-service.js';

const mock = useMockService(seedUsers(230));

async function uids(): Promise<string[]> {
  return (await mock.directory.users()).map((user) => user.Uid);
}

describe('setEndUserStatus', () => {
  it('maps DISABLE to BLOCKED and ENABLE back to ACTIVE', async () => {
    const { app } = createTestApp();
    const [uuid = ''] = await uids();
    await app.user.setEndUserStatus({ uuid, status: 'DISABLE' });
    expect((await mock.directory.get(uuid))?.UserStatus).toBe('BLOCKED');
    const listed = await app.user.getEndUserList({ limit: 1, offset: 0 });
    expect(listed.Users[0]?.IsDisabled).toBe(true);
    const result = await app.user.setEndUserStatus({ uuid, status: 'ENABLE' });
    expect((await mock.directory.get(uuid))?.UserStatus).toBe('ACTIVE');
    expect(result.RequestId).toMatch(/\S/);
  });

  it('refuses a status other than ENABLE or DISABLE, saying which values work', async () => {
    const { app, sent } = createTestApp();
    const [uuid = ''] = await uids();
    const error = await app.user
      .setEndUserStatus({ uuid, status: 'BLOCKED' as never })
      .catch((e) => e);
    expect(isValidationError(error) && error.issues[0]?.field).toBe('status');
    expect(error.message).toContain("'ENABLE' or 'DISABLE'");
    expect(sent).toHaveLength(0);
  });

  it('rejects an unknown uuid with ResourceNotFound.UserNotExist', async () => {
    const { app } = createTestApp();
    const error = await app.user
      .setEndUserStatus({ uuid: 'nobody', status: 'DISABLE' })
      .catch((e) => e);
    expect(isApiError(error) && error.code).toBe('ResourceNotFound.UserNotExist');
  });
});

describe('deleteEndUsers', () => {
  it('deletes more than 100 users in batches of 100', async () => {
    const { app, sent } = createTestApp();
    const all = await uids();
    const result = await app.user.deleteEndUsers({ userList: all.slice(0, 230) });
    expect(await mock.directory.users()).toEqual([]);
    const deletes = sent.filter((c) => c.action === 'DeleteUsers');
    expect(deletes.map((c) => (c.params.Uids as string[]).length)).toEqual([100, 100, 30]);
    expect(result.RequestId).toMatch(/\S/);
  });

  it('treats unknown uuids as already deleted, as the old action did', async () => {
    const { app } = createTestApp();
    const [first = ''] = await uids();
    const result = await app.user.deleteEndUsers({ userList: [first, 'no-such-uid'] });
    expect(result.RequestId).toMatch(/\S/);
    expect(await mock.directory.get(first)).toBeUndefined();
    expect(await mock.directory.users()).toHaveLength(229);
  });

  it('refuses an empty list before sending anything', async () => {
    const { app, sent } = createTestApp();
    const error = await app.user.deleteEndUsers({ userList: [] }).catch((e) => e);
    expect(isValidationError(error) && error.issues[0]).toEqual({
      field: 'userList',
      message: 'must list at least one uuid (got 0)',
    });
    expect(sent).toHaveLength(0);
  });

  it('names the position of an empty uuid in the whole list', async () => {
    const { app, sent } = createTestApp();
    const list = [...(await uids()).slice(0, 150), ''];
    const error = await app.user.deleteEndUsers({ userList: list }).catch((e) => e);
    expect(isValidationError(error) && error.issues.map((i) => i.field)).toEqual(['userList.150']);
    expect(sent).toHaveLength(0);
  });

  it('reports the users that remain when the service keeps some', async () => {
    const { app } = createTestApp();
    const all = await uids();
    const kept = [all[5] ?? '', all[120] ?? ''];
    mock.faults.failDeletesOf(kept);
    const error = await app.user.deleteEndUsers({ userList: all.slice(0, 130) }).catch((e) => e);
    expect(isPartialDeleteError(error)).toBe(true);
    expect(error.code).toBe('FailedOperation');
    expect([...error.remaining].sort()).toEqual([...kept].sort());
    expect(error.removed).toHaveLength(128);
    expect(error.requestIds).toHaveLength(2);
    expect(error.message).toContain('2 remain');
  });

  it('reports a failed batch with its error as the cause and its uuids as remaining', async () => {
    const { app } = createTestApp();
    const all = await uids();
    mock.faults.failNext('DeleteUsers', 'InternalError');
    const error = await app.user.deleteEndUsers({ userList: all.slice(0, 50) }).catch((e) => e);
    expect(isPartialDeleteError(error)).toBe(true);
    expect(error.code).toBe('InternalError');
    expect(isApiError(error.cause)).toBe(true);
    expect(error.remaining).toEqual(all.slice(0, 50));
    expect(await mock.directory.users()).toHaveLength(230);
  });
});
