import { expect, it } from 'vitest';
import type { StoredUser } from '../directory/user-storage.js';
import { ENV, type ServiceHarness } from './service-harness.js';

function stored(uid: string, name: string, createdAt: number): StoredUser {
  return {
    uid,
    name,
    type: 'internalUser',
    userStatus: 'ACTIVE',
    nickName: '',
    phone: '',
    email: '',
    avatarUrl: '',
    description: '',
    passwordHash: '',
    createdAt,
    updatedAt: createdAt,
  };
}

/** Registers the storage-level cases and the seed, snapshot and reset helpers. */
export function registerDirectoryCases(harness: ServiceHarness): void {
  it('reports which unique field a storage write collides on', async () => {
    const { service } = await harness.start();
    const storage = service.directory.storage;
    expect(await storage.insert(ENV, stored('a', 'ada', 1))).toEqual({ ok: true });
    expect(await storage.insert(ENV, stored('a', 'other', 2))).toEqual({
      ok: false,
      reason: 'conflict',
      field: 'uid',
    });
    expect(await storage.insert(ENV, stored('b', 'ada', 2))).toEqual({
      ok: false,
      reason: 'conflict',
      field: 'name',
    });
    expect(await storage.update(ENV, 'zzz', { nickName: 'Zz' })).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('orders by creation time, then by insertion for equal times', async () => {
    const { service } = await harness.start();
    const storage = service.directory.storage;
    await storage.insert(ENV, stored('late', 'late', 50));
    await storage.insert(ENV, stored('tie-1', 'tie1', 10));
    await storage.insert(ENV, stored('tie-2', 'tie2', 10));
    const page = await storage.list(ENV, { offset: 0, limit: 10 });
    expect(page.users.map((u) => u.uid)).toEqual(['tie-1', 'tie-2', 'late']);
  });

  it('clears one environment or all of them', async () => {
    const { service } = await harness.start();
    const storage = service.directory.storage;
    await storage.insert(ENV, stored('a', 'a', 1));
    await storage.insert('env-b', stored('b', 'b', 1));
    await storage.clear(ENV);
    expect((await storage.list(ENV, { offset: 0, limit: 10 })).total).toBe(0);
    expect((await storage.list('env-b', { offset: 0, limit: 10 })).total).toBe(1);
    await storage.clear();
    expect((await storage.list('env-b', { offset: 0, limit: 10 })).total).toBe(0);
  });

  it('puts seed users in before the first request and back on reset', async () => {
    const api = await harness.start({
      defaultEnvId: ENV,
      seed: [
        { name: 'seeded', uid: 's1' },
        { name: 'other', envId: 'env-b' },
      ],
    });
    expect((await api.ok('DescribeUserList', { EnvId: ENV })).UserList).toMatchObject([
      { Uid: 's1', Name: 'seeded' },
    ]);
    await api.ok('CreateUser', { EnvId: ENV, Name: 'extra' });
    await api.service.directory.reset();
    expect((await api.service.directory.users(ENV)).map((u) => u.Name)).toEqual(['seeded']);
    expect((await api.service.directory.users('env-b')).map((u) => u.Name)).toEqual(['other']);
  });

  it('restores a snapshot exactly, hashes and creation order included', async () => {
    const api = await harness.start({ defaultEnvId: ENV });
    await api.ok('CreateUser', { EnvId: ENV, Uid: 'u1', Name: 'ada', Password: 'Abcdef12' });
    await api.ok('CreateUser', { EnvId: ENV, Uid: 'u2', Name: 'bob' });
    const snapshot = await api.service.directory.snapshot();
    await api.ok('DeleteUsers', { EnvId: ENV, Uids: ['u1'] });
    await api.ok('CreateUser', { EnvId: ENV, Name: 'carol' });
    await api.service.directory.restore(snapshot);
    expect(await api.service.directory.snapshot()).toEqual(snapshot);
    expect(await api.service.directory.checkPassword('u1', 'Abcdef12')).toBe(true);
  });
}
