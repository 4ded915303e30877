import { expect, it } from 'vitest';
import { ENV, type ServiceHarness } from './service-harness.js';

/** Registers the cases of the deprecated `EndUser` actions, mapped onto the same users. */
export function registerDeprecatedCases(harness: ServiceHarness): void {
  it('creates through CreateEndUserAccount a user the new actions see, answered under Response', async () => {
    const api = await harness.start();
    const response = await api.call('CreateEndUserAccount', {
      EnvId: ENV,
      Username: 'oldie',
      Password: 'Abcdef12',
    });
    expect(response.Data).toBeUndefined();
    const user = response.User as Record<string, unknown>;
    expect(user).toMatchObject({ UserName: 'oldie', IsDisabled: false, HasPassword: true });
    const list = await api.ok('DescribeUserList', { EnvId: ENV });
    expect(list.UserList).toMatchObject([{ Uid: user.UUId, Name: 'oldie' }]);
  });

  it('refuses a CreateEndUserAccount password that breaks the new rule, naming the old field', async () => {
    const api = await harness.start();
    const response = await api.call('CreateEndUserAccount', {
      EnvId: ENV,
      Username: 'oldie',
      Password: 'short',
    });
    const error = response.Error as { Code: string; Message: string };
    expect(error.Code).toBe('InvalidParameterValue');
    expect(error.Message).toContain('Password');
    expect(error.Message).not.toContain('short');
  });

  it('lists through DescribeEndUsers by offset, limit and UUIds in the old shape', async () => {
    const api = await harness.start();
    for (const uid of ['u1', 'u2', 'u3']) {
      await api.ok('CreateUser', { EnvId: ENV, Uid: uid, Name: `n-${uid}`, UserStatus: 'BLOCKED' });
    }
    const page = await api.ok('DescribeEndUsers', { EnvId: ENV, Offset: 1, Limit: 1 });
    expect(page.Total).toBe(3);
    expect(page.Users).toHaveLength(1);
    expect(page.Users[0]).toMatchObject({ UUId: 'u2', UserName: 'n-u2', IsDisabled: true });
    const picked = await api.ok('DescribeEndUsers', { EnvId: ENV, UUIds: ['u3'] });
    expect(picked.Users.map((u: { UUId: string }) => u.UUId)).toEqual(['u3']);
  });

  it('maps ModifyEndUser DISABLE and ENABLE onto BLOCKED and ACTIVE', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, Uid: 'u1', Name: 'ada' });
    await api.ok('ModifyEndUser', { EnvId: ENV, UUId: 'u1', Status: 'DISABLE' });
    expect((await api.service.directory.get('u1', ENV))?.UserStatus).toBe('BLOCKED');
    await api.ok('ModifyEndUser', { EnvId: ENV, UUId: 'u1', Status: 'ENABLE' });
    expect((await api.service.directory.get('u1', ENV))?.UserStatus).toBe('ACTIVE');
  });

  it('renames through ModifyEndUserAccount and changes the profile through ModifyEndUserInfo', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, Uid: 'u1', Name: 'ada' });
    await api.ok('ModifyEndUserAccount', { EnvId: ENV, Uuid: 'u1', Username: 'ada2' });
    const data = [
      { Key: 'nickName', Value: 'Countess' },
      { Key: 'avatarUrl', Value: 'https://example.com/c.png' },
    ];
    await api.ok('ModifyEndUserInfo', { EnvId: ENV, UUId: 'u1', Data: data });
    expect(await api.service.directory.get('u1', ENV)).toMatchObject({
      Name: 'ada2',
      NickName: 'Countess',
      AvatarUrl: 'https://example.com/c.png',
    });
  });

  it('answers UserNotExist when a deprecated modify names an unknown uuid', async () => {
    const api = await harness.start();
    const code = await api.code('ModifyEndUser', { EnvId: ENV, UUId: 'ghost', Status: 'ENABLE' });
    expect(code).toBe('ResourceNotFound.UserNotExist');
  });

  it('deletes through DeleteEndUser, answering only a request id', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, Uid: 'u1', Name: 'ada' });
    const response = await api.call('DeleteEndUser', { EnvId: ENV, UserList: ['u1', 'ghost'] });
    expect(Object.keys(response)).toEqual(['RequestId']);
    expect(await api.service.directory.users(ENV)).toEqual([]);
  });

  it('answers InvalidAction for every deprecated action when they are withdrawn', async () => {
    const api = await harness.start({ deprecatedActions: 'withdrawn' });
    const code = await api.code('DescribeEndUsers', { EnvId: ENV });
    expect(code).toBe('InvalidAction');
    expect(
      await api.code('CreateEndUserAccount', { EnvId: ENV, Username: 'a', Password: 'b' }),
    ).toBe('InvalidAction');
  });
}
