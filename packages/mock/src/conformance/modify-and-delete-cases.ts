import { expect, it } from 'vitest';
import { ENV, type ServiceHarness } from './service-harness.js';

const full = {
  Uid: 'u-1',
  Name: 'ada',
  Type: 'externalUser',
  UserStatus: 'BLOCKED',
  NickName: 'Ada L',
  Phone: '13800000001',
  Email: 'ada@example.com',
  AvatarUrl: 'https://example.com/a.png',
  Description: 'first programmer',
};

/** Registers the `ModifyUser` and `DeleteUsers` cases of SPEC §6. */
export function registerModifyAndDeleteCases(harness: ServiceHarness): void {
  it('answers ResourceNotFound.UserNotExist when modifying an unknown uid', async () => {
    const api = await harness.start();
    expect(await api.code('ModifyUser', { EnvId: ENV, Uid: 'ghost', NickName: 'Gh' })).toBe(
      'ResourceNotFound.UserNotExist',
    );
  });

  it("leaves Name, Password, Type and UserStatus unchanged when given ''", async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, ...full, Password: 'Abcdef12' });
    const answer = await api.ok('ModifyUser', {
      EnvId: ENV,
      Uid: 'u-1',
      Name: '',
      Password: '',
      Type: '',
      UserStatus: '',
    });
    expect(answer).toEqual({ Success: true });
    expect(await api.service.directory.get('u-1', ENV)).toEqual(full);
    expect(await api.service.directory.checkPassword('u-1', 'Abcdef12', ENV)).toBe(true);
  });

  it("clears NickName, Phone, Email, AvatarUrl and Description when given ''", async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, ...full });
    const cleared = { NickName: '', Phone: '', Email: '', AvatarUrl: '', Description: '' };
    await api.ok('ModifyUser', { EnvId: ENV, Uid: 'u-1', ...cleared });
    expect(await api.service.directory.get('u-1', ENV)).toEqual({ ...full, ...cleared });
  });

  it('leaves absent fields unchanged and applies the present ones', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, ...full });
    await api.ok('ModifyUser', { EnvId: ENV, Uid: 'u-1', Name: 'ada2', UserStatus: 'ACTIVE' });
    expect(await api.service.directory.get('u-1', ENV)).toEqual({
      ...full,
      Name: 'ada2',
      UserStatus: 'ACTIVE',
    });
  });

  it('replaces the password hash when a new password is given', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, Uid: 'u-1', Name: 'ada', Password: 'Abcdef12' });
    await api.ok('ModifyUser', { EnvId: ENV, Uid: 'u-1', Password: 'Zyxwvu98' });
    expect(await api.service.directory.checkPassword('u-1', 'Zyxwvu98', ENV)).toBe(true);
    expect(await api.service.directory.checkPassword('u-1', 'Abcdef12', ENV)).toBe(false);
  });

  it('refuses to modify into a name, phone or email another user holds, changing nothing', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, ...full });
    await api.ok('CreateUser', { EnvId: ENV, Uid: 'u-2', Name: 'bob', NickName: 'Bo' });
    for (const taken of [{ Name: 'ada' }, { Phone: full.Phone }, { Email: full.Email }]) {
      const code = await api.code('ModifyUser', {
        EnvId: ENV,
        Uid: 'u-2',
        NickName: 'Changed',
        ...taken,
      });
      expect(code).toBe('FailedOperation.DuplicatedData');
    }
    expect((await api.service.directory.get('u-2', ENV))?.NickName).toBe('Bo');
  });

  it("accepts a modify that repeats the user's own name, phone and email", async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, ...full });
    const same = { Name: full.Name, Phone: full.Phone, Email: full.Email };
    expect(await api.ok('ModifyUser', { EnvId: ENV, Uid: 'u-1', ...same })).toEqual({
      Success: true,
    });
  });

  it('frees a cleared phone for another user', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, ...full });
    await api.ok('ModifyUser', { EnvId: ENV, Uid: 'u-1', Phone: '' });
    await api.ok('CreateUser', { EnvId: ENV, Name: 'bob', Phone: full.Phone });
    expect((await api.ok('DescribeUserList', { EnvId: ENV, Phone: full.Phone })).Total).toBe(1);
  });

  it('lets only one of two concurrent renames to the same name succeed', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, Uid: 'u-1', Name: 'one' });
    await api.ok('CreateUser', { EnvId: ENV, Uid: 'u-2', Name: 'two' });
    const answers = await Promise.all(
      ['u-1', 'u-2'].map((Uid) => api.call('ModifyUser', { EnvId: ENV, Uid, Name: 'same' })),
    );
    expect(answers.filter((a) => a.Error === undefined)).toHaveLength(1);
    const names = (await api.service.directory.users(ENV)).map((u) => u.Name).sort();
    expect(names.filter((n) => n === 'same')).toHaveLength(1);
  });

  it('deletes the uids that exist and counts the others as failed', async () => {
    const api = await harness.start();
    for (const uid of ['u1', 'u2', 'u3']) {
      await api.ok('CreateUser', { EnvId: ENV, Uid: uid, Name: `n-${uid}` });
    }
    const answer = await api.ok('DeleteUsers', { EnvId: ENV, Uids: ['u1', 'ghost', 'u3'] });
    expect(answer).toEqual({ SuccessCount: 2, FailedCount: 1 });
    const left = await api.service.directory.users(ENV);
    expect(left.map((u) => u.Uid)).toEqual(['u2']);
  });

  it('answers zero successes, not an error, when no listed uid exists', async () => {
    const api = await harness.start();
    const answer = await api.ok('DeleteUsers', { EnvId: ENV, Uids: ['x', 'y'] });
    expect(answer).toEqual({ SuccessCount: 0, FailedCount: 2 });
  });

  it('frees the name of a deleted user', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, Uid: 'u1', Name: 'ada' });
    await api.ok('DeleteUsers', { EnvId: ENV, Uids: ['u1'] });
    expect(await api.ok('CreateUser', { EnvId: ENV, Uid: 'u1', Name: 'ada' })).toEqual({
      Uid: 'u1',
    });
  });
}
