import { describe, expect, it, vi } from 'vitest';
import {
  CloudBase,
  isPartialDeleteError,
  isValidationError,
  type ResponseHookContext,
} from '../src/index.js';
import {
  createTestApp,
  ENV_ID,
  MOCK_ENDPOINT,
  SECRET_ID,
  SECRET_KEY,
  seedUsers,
  useMockService,
} from './support/mock-service.js';

const mock = useMockService(seedUsers(5));

describe('CloudBase', () => {
  it('offers the new calls next to the old ones on app.user', async () => {
    const { app } = createTestApp();
    const created = await app.user.createUser({ name: 'newcomer' });
    const page = await app.user.describeUserList({ name: 'newcomer' });
    expect(page.Data.UserList.map((u) => u.Uid)).toEqual([created.Data.Uid]);
    const old = await app.user.getEndUserList({ limit: 10, offset: 0 });
    expect(old.Users.map((u) => u.UUId)).toContain(created.Data.Uid);
  });

  it('builds an app with CloudBase.init from the same options', async () => {
    const app = CloudBase.init({
      secretId: SECRET_ID,
      secretKey: SECRET_KEY,
      envId: ENV_ID,
      endpoint: MOCK_ENDPOINT,
      legacy: { deprecationWarnings: false },
    });
    const { Total } = await app.user.getEndUserList({ limit: 1, offset: 0 });
    expect(Total).toBe(5);
  });

  it('still calls the caller’s own afterResponse hook', async () => {
    const seen: ResponseHookContext[] = [];
    const app = new CloudBase({
      secretId: SECRET_ID,
      secretKey: SECRET_KEY,
      envId: ENV_ID,
      endpoint: MOCK_ENDPOINT,
      hooks: { afterResponse: (context) => seen.push(context) },
      legacy: { deprecationWarnings: false },
    });
    const [user] = await mock.directory.users();
    const result = await app.user.deleteEndUsers({ userList: [user?.Uid ?? ''] });
    expect(seen.map((c) => c.action)).toEqual(['DeleteUsers']);
    expect(result.RequestId).toBe(seen[0]?.requestId);
  });

  it('fails at once, like the client, when the credentials are missing', () => {
    vi.stubEnv('TENCENTCLOUD_SECRETID', '');
    vi.stubEnv('TENCENTCLOUD_SECRETKEY', '');
    try {
      const build = () => new CloudBase({ envId: ENV_ID, endpoint: MOCK_ENDPOINT });
      expect(build).toThrowError(/secretId/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('never puts the secret key or a password into errors or warnings', async () => {
    const { app, warnings } = createTestApp();
    const errors: unknown[] = [];
    const password = 'oldstyle12345';
    await app.user.createEndUser({ username: 'secretive', password }).catch((e) => errors.push(e));
    await app.user.modifyEndUser({ uuid: 'nobody', password }).catch((e) => errors.push(e));
    await app.user
      .modifyEndUser({ uuid: 'nobody', password: 'Str0ng!pass' })
      .catch((e) => errors.push(e));
    mock.faults.failNext('DeleteUsers', 'InternalError');
    await app.user.deleteEndUsers({ userList: ['x'] }).catch((e) => errors.push(e));
    expect(errors).toHaveLength(4);
    expect(isValidationError(errors[0])).toBe(true);
    expect(isPartialDeleteError(errors[3])).toBe(true);
    const text = JSON.stringify([
      warnings,
      errors.map((e) => [String(e), (e as Error).message, (e as Error).stack]),
    ]);
    for (const secret of [SECRET_KEY, password, 'Str0ng!pass']) expect(text).not.toContain(secret);
  });
});
