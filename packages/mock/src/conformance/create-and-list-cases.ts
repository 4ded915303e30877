import { expect, it } from 'vitest';
import { ENV, type ServiceHarness } from './service-harness.js';

/** Registers the `CreateUser` and `DescribeUserList` cases of SPEC §6. */
export function registerCreateAndListCases(harness: ServiceHarness): void {
  it('creates a user with a generated uid and the documented defaults', async () => {
    const api = await harness.start();
    const { Uid } = await api.ok('CreateUser', { EnvId: ENV, Name: 'ada' });
    expect(typeof Uid).toBe('string');
    expect(Uid.length).toBeGreaterThan(0);
    const list = await api.ok('DescribeUserList', { EnvId: ENV });
    expect(list).toEqual({
      Total: 1,
      UserList: [
        {
          Uid,
          Name: 'ada',
          Type: 'internalUser',
          UserStatus: 'ACTIVE',
          NickName: '',
          Phone: '',
          Email: '',
          AvatarUrl: '',
          Description: '',
        },
      ],
    });
  });

  it('keeps a caller-given uid and every given field', async () => {
    const api = await harness.start();
    const user = {
      Uid: 'u-1',
      Name: 'grace',
      Type: 'externalUser',
      UserStatus: 'BLOCKED',
      NickName: '格蕾丝',
      Phone: '13800000001',
      Email: 'grace@example.com',
      AvatarUrl: 'https://example.com/g.png',
      Description: 'admiral',
    };
    expect(await api.ok('CreateUser', { EnvId: ENV, ...user, Password: 'Abcdef12' })).toEqual({
      Uid: 'u-1',
    });
    const { UserList } = await api.ok('DescribeUserList', { EnvId: ENV });
    expect(UserList).toEqual([user]);
  });

  it('stores a password only as a hash and never answers it', async () => {
    const api = await harness.start();
    const { Uid } = await api.ok('CreateUser', { EnvId: ENV, Name: 'ada', Password: 'Secret-99x' });
    const response = await api.call('DescribeUserList', { EnvId: ENV });
    expect(JSON.stringify(response)).not.toContain('Secret-99x');
    const stored = await api.service.directory.storage.get(ENV, Uid);
    expect(stored?.passwordHash).toMatch(/^pbkdf2-sha256\$\d+\$/);
    expect(stored?.passwordHash).not.toContain('Secret-99x');
    expect(await api.service.directory.checkPassword(Uid, 'Secret-99x', ENV)).toBe(true);
    expect(await api.service.directory.checkPassword(Uid, 'Secret-98x', ENV)).toBe(false);
  });

  for (const [field, first, second] of [
    ['Name', { Name: 'ada' }, { Name: 'ada' }],
    ['Phone', { Name: 'a1', Phone: '13800000001' }, { Name: 'a2', Phone: '13800000001' }],
    ['Email', { Name: 'a1', Email: 'a@example.com' }, { Name: 'a2', Email: 'a@example.com' }],
    ['Uid', { Name: 'a1', Uid: 'same' }, { Name: 'a2', Uid: 'same' }],
  ] as const) {
    it(`refuses a duplicate ${field} with FailedOperation.DuplicatedData`, async () => {
      const api = await harness.start();
      await api.ok('CreateUser', { EnvId: ENV, ...first });
      expect(await api.code('CreateUser', { EnvId: ENV, ...second })).toBe(
        'FailedOperation.DuplicatedData',
      );
      expect((await api.ok('DescribeUserList', { EnvId: ENV })).Total).toBe(1);
    });
  }

  it('does not treat two users without phone or email as duplicates', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, Name: 'a1' });
    await api.ok('CreateUser', { EnvId: ENV, Name: 'a2' });
    expect((await api.ok('DescribeUserList', { EnvId: ENV })).Total).toBe(2);
  });

  it('lets 50 concurrent creates of one name produce exactly one user', async () => {
    const api = await harness.start();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => api.call('CreateUser', { EnvId: ENV, Name: 'race' })),
    );
    const codes = answers.map((r) => (r.Error as { Code: string } | undefined)?.Code ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.filter((c) => c === 'FailedOperation.DuplicatedData')).toHaveLength(49);
    expect((await api.ok('DescribeUserList', { EnvId: ENV })).Total).toBe(1);
  });

  it('lets 50 concurrent creates of distinct names all succeed with distinct uids', async () => {
    const api = await harness.start();
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) => api.ok('CreateUser', { EnvId: ENV, Name: `n${i}` })),
    );
    expect(new Set(created.map((c) => c.Uid)).size).toBe(50);
    expect((await api.ok('DescribeUserList', { EnvId: ENV })).Total).toBe(50);
  });

  it('lists users in creation order, oldest first, stable across calls', async () => {
    const api = await harness.start();
    const names = ['m', 'b', 'z', 'a', 'k'];
    for (const name of names) await api.ok('CreateUser', { EnvId: ENV, Name: name });
    const first = await api.ok('DescribeUserList', { EnvId: ENV });
    const again = await api.ok('DescribeUserList', { EnvId: ENV });
    expect(first.UserList.map((u: { Name: string }) => u.Name)).toEqual(names);
    expect(again).toEqual(first);
  });

  it('pages with the total of matches and answers an empty page past the end', async () => {
    const api = await harness.start();
    for (let i = 0; i < 7; i += 1) await api.ok('CreateUser', { EnvId: ENV, Name: `p${i}` });
    const names = async (PageNo: number) =>
      (await api.ok('DescribeUserList', { EnvId: ENV, PageNo, PageSize: 3 })).UserList.map(
        (u: { Name: string }) => u.Name,
      );
    expect(await names(1)).toEqual(['p0', 'p1', 'p2']);
    expect(await names(3)).toEqual(['p6']);
    const past = await api.ok('DescribeUserList', { EnvId: ENV, PageNo: 9, PageSize: 3 });
    expect(past).toEqual({ Total: 7, UserList: [] });
  });

  it('serves 20 users per page when PageSize is absent', async () => {
    const api = await harness.start();
    for (let i = 0; i < 23; i += 1) await api.ok('CreateUser', { EnvId: ENV, Name: `d${i}` });
    const page = await api.ok('DescribeUserList', { EnvId: ENV });
    expect(page.Total).toBe(23);
    expect(page.UserList).toHaveLength(20);
  });

  it('filters by case-sensitive substrings combined with AND', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', {
      EnvId: ENV,
      Name: 'alice',
      NickName: 'Ali',
      Phone: '13800000001',
    });
    await api.ok('CreateUser', {
      EnvId: ENV,
      Name: 'malik',
      NickName: 'Mal',
      Phone: '13900000002',
    });
    await api.ok('CreateUser', { EnvId: ENV, Name: 'ALINA', Email: 'alina@example.com' });
    const names = async (filter: Record<string, unknown>) =>
      (await api.ok('DescribeUserList', { EnvId: ENV, ...filter })).UserList.map(
        (u: { Name: string }) => u.Name,
      );
    expect(await names({ Name: 'li' })).toEqual(['alice', 'malik']);
    expect(await names({ Name: 'LI' })).toEqual(['ALINA']);
    expect(await names({ Name: 'li', Phone: '139' })).toEqual(['malik']);
    expect(await names({ NickName: 'Al' })).toEqual(['alice']);
    expect(await names({ Email: 'example' })).toEqual(['ALINA']);
    const none = await api.ok('DescribeUserList', { EnvId: ENV, Name: 'alice', Phone: '139' });
    expect(none).toEqual({ Total: 0, UserList: [] });
  });

  it('keeps only the uids of UidList, with the total of those', async () => {
    const api = await harness.start();
    for (const uid of ['u1', 'u2', 'u3']) {
      await api.ok('CreateUser', { EnvId: ENV, Uid: uid, Name: `n-${uid}` });
    }
    const page = await api.ok('DescribeUserList', { EnvId: ENV, UidList: ['u3', 'u1', 'nope'] });
    expect(page.Total).toBe(2);
    expect(page.UserList.map((u: { Uid: string }) => u.Uid)).toEqual(['u1', 'u3']);
  });

  it('keeps environments apart', async () => {
    const api = await harness.start();
    await api.ok('CreateUser', { EnvId: ENV, Name: 'ada' });
    await api.ok('CreateUser', { EnvId: 'other-env', Name: 'ada' });
    expect((await api.ok('DescribeUserList', { EnvId: ENV })).Total).toBe(1);
    expect((await api.ok('DescribeUserList', { EnvId: 'other-env' })).Total).toBe(1);
    expect((await api.ok('DescribeUserList', { EnvId: 'third-env' })).Total).toBe(0);
  });
}
