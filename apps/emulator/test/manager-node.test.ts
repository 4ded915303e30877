// `@cloudbase/manager-node`, unchanged, pointed at the emulator with `TCB_BASE_URL`. Before its
// first user call it asks `DescribeEnvInfo`; it signs with service `tcb`, the host without the
// port, and the URL's path (`/`).
import CloudBase from '@cloudbase/manager-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/index.js';

const key = {
  secretId: 'AKIDmanagernodetest000000000000000',
  secretKey: 'manager-node-test-secret-000000',
};
let emulator: RunningEmulator;
const saved = { base: process.env.TCB_BASE_URL, proxy: process.env.http_proxy };

beforeAll(async () => {
  emulator = await startEmulator({
    inMemory: true,
    envIds: ['mgr-env'],
    keys: [key],
    passwordIterations: 1,
  });
  process.env.TCB_BASE_URL = emulator.url;
  delete process.env.http_proxy;
});
afterAll(async () => {
  if (saved.base === undefined) delete process.env.TCB_BASE_URL;
  else process.env.TCB_BASE_URL = saved.base;
  if (saved.proxy !== undefined) process.env.http_proxy = saved.proxy;
  await emulator.stop();
});

function manager(envId = 'mgr-env', secretKey = key.secretKey) {
  return new CloudBase({ secretId: key.secretId, secretKey, envId });
}

describe('@cloudbase/manager-node against the emulator', () => {
  it('initialises and runs the new user calls', async () => {
    const { user } = manager();
    const created = await user.createUser({
      name: 'mgr.ada',
      phone: '13700000001',
      password: 'Abcdef12',
    });
    const uid = (created as { Data: { Uid: string } }).Data.Uid;
    await user.createUser({ name: 'mgr.grace', nickName: 'Grace' });

    const listed = await user.describeUserList({ pageNo: 1, pageSize: 10, name: 'mgr.' });
    expect(listed).toMatchObject({ Data: { Total: 2 } });
    const filtered = await user.describeUserList({ phone: '137' });
    expect(filtered).toMatchObject({ Data: { Total: 1, UserList: [{ Uid: uid }] } });

    await user.modifyUser({ uid, nickName: 'Ada', description: 'first' });
    const after = await user.describeUserList({ uidList: [uid] });
    expect(after).toMatchObject({
      Data: { UserList: [{ NickName: 'Ada', Description: 'first' }] },
    });

    const deleted = await user.deleteUsers({ uids: [uid, 'missing-uid'] });
    expect(deleted).toMatchObject({ Data: { SuccessCount: 1, FailedCount: 1 } });
  });

  it('runs the deprecated end-user calls on the same users', async () => {
    const { user } = manager();
    const created = (await user.createEndUser({
      username: 'mgr.legacy',
      password: 'Legacy123',
    })) as {
      User: { UUId: string; UserName: string };
    };
    expect(created.User.UserName).toBe('mgr.legacy');
    const uuid = created.User.UUId;
    await user.setEndUserStatus({ uuid, status: 'DISABLE' });
    await user.modifyEndUser({ uuid, username: 'mgr.legacy2' });
    const list = (await user.getEndUserList({ limit: 100, offset: 0 })) as {
      Total: number;
      Users: { UUId: string; UserName: string; IsDisabled: boolean; NickName: string }[];
    };
    expect(list.Users.find((u) => u.UUId === uuid)).toMatchObject({
      UserName: 'mgr.legacy2',
      IsDisabled: true,
    });
    await user.deleteEndUsers({ userList: [uuid] });
    const newList = await user.describeUserList({ uidList: [uuid] });
    expect(newList).toMatchObject({ Data: { Total: 0 } });
  });

  it('runs the deprecated updateEndUser, whose Data keys are Name, Gender, AvatarUrl, ...', async () => {
    const { user } = manager();
    const created = (await user.createEndUser({
      username: 'mgr.profile',
      password: 'Profile123',
    })) as {
      User: { UUId: string };
    };
    const uuid = created.User.UUId;
    // manager-node sends Key 'Name' for the nickname, and leaves out Value for absent options.
    await user.updateEndUser({
      uuid,
      nickName: 'Profiled',
      avatarUrl: 'https://example.com/a.png',
    } as Parameters<typeof user.updateEndUser>[0]);
    const after = await user.describeUserList({ uidList: [uuid] });
    expect(after).toMatchObject({
      Data: { UserList: [{ NickName: 'Profiled', AvatarUrl: 'https://example.com/a.png' }] },
    });
  });

  it('fails to initialise for an unknown environment and with a wrong key', async () => {
    await expect(manager('nope-env').user.describeUserList()).rejects.toMatchObject({
      code: 'ResourceNotFound',
    });
    await expect(manager('mgr-env', 'wrong-secret').user.describeUserList()).rejects.toMatchObject({
      code: 'AuthFailure.SignatureFailure',
    });
  });
});
