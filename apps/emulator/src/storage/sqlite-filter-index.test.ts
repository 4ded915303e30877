import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredUser, UserQuery } from '@org/tcb-user-mock';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteUserStorage, type SqliteUserStorage } from './sqlite-user-storage.js';

const folder = mkdtempSync(join(tmpdir(), 'tcb-emulator-filter-index-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const queries: Omit<UserQuery, 'offset' | 'limit'>[] = [
  { name: 'user-1' },
  { name: '7' },
  { nickName: 'Ab' },
  { nickName: 'ab' },
  { phone: '139' },
  { email: '@b.example' },
  { name: 'user', email: '@a.' },
  { nickName: 'Cd', phone: '13' },
  { name: 'no such user' },
];

// Small deterministic generator, so a failure replays the same sequence.
function createRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

function user(n: number, random: (below: number) => number, createdAt: number): StoredUser {
  const nick = ['Ab', 'ab', 'Cd x', ''][random(4)] ?? '';
  return {
    uid: `uid-${n}`,
    name: `user-${n}`,
    type: 'internalUser',
    userStatus: 'ACTIVE',
    nickName: `${nick}${random(10)}`,
    phone: random(3) === 0 ? '' : `13${random(10)}${String(n).padStart(8, '0')}`,
    email: random(3) === 0 ? '' : `u${n}@${random(2) === 0 ? 'a' : 'b'}.example`,
    avatarUrl: '',
    description: '',
    passwordHash: '',
    createdAt,
    updatedAt: createdAt,
  };
}

// The oracle: every user through the unfiltered SQL path, filtered here with `includes`.
async function bruteForce(storage: SqliteUserStorage, envId: string, query: UserQuery) {
  const all = await storage.list(envId, { offset: 0, limit: 1_000_000 });
  const found = all.users.filter((u) =>
    (['name', 'nickName', 'phone', 'email'] as const).every(
      (field) => query[field] === undefined || u[field].includes(query[field]),
    ),
  );
  return {
    total: found.length,
    uids: found.slice(query.offset, query.offset + query.limit).map((u) => u.uid),
  };
}

async function expectSameAsBruteForce(storage: SqliteUserStorage, envId: string): Promise<void> {
  for (const filter of queries) {
    for (const window of [
      { offset: 0, limit: 20 },
      { offset: 7, limit: 5 },
      { offset: 0, limit: 0 },
    ]) {
      const query = { ...filter, ...window };
      const page = await storage.list(envId, query);
      const expected = await bruteForce(storage, envId, query);
      expect(
        { total: page.total, uids: page.users.map((u) => u.uid) },
        JSON.stringify(query),
      ).toEqual(expected);
    }
  }
}

async function mixedWrites(storage: SqliteUserStorage, envId: string, seed: number): Promise<void> {
  const random = createRandom(seed);
  let next = 0;
  for (let step = 0; step < 400; step += 1) {
    const action = random(10);
    const target = `uid-${random(next + 1)}`;
    if (action < 5) {
      next += 1;
      // Every tenth insert is dated in the past, as an import of old users would be.
      const createdAt = next % 10 === 0 ? 500 + random(500) : 10_000 + next;
      await storage.insert(envId, user(next, random, createdAt));
    } else if (action < 8) {
      const fresh = user(next + 1_000 + step, random, 0);
      await storage.update(envId, target, {
        nickName: fresh.nickName,
        ...(random(2) === 0 ? { email: fresh.email } : {}),
        ...(random(4) === 0 ? { name: `renamed-${step}` } : {}),
      });
    } else {
      await storage.remove(envId, [target, `uid-${random(next + 1)}`]);
    }
    if (step % 50 === 0) await storage.list(envId, { name: 'u', offset: 0, limit: 1 });
  }
}

describe('SQLite filter index', () => {
  it('answers filters like a brute-force scan after inserts, updates and removes', async () => {
    const storage = createSqliteUserStorage({ inMemory: true });
    await storage.list('env', { name: 'x', offset: 0, limit: 1 });
    await mixedWrites(storage, 'env', 7);
    await mixedWrites(storage, 'other', 8);
    await expectSameAsBruteForce(storage, 'env');
    await expectSameAsBruteForce(storage, 'other');
    await storage.close();
  });

  it('answers filters like a brute-force scan after a clear and after reopening the file', async () => {
    const file = join(folder, 'reopen.sqlite');
    const first = createSqliteUserStorage({ file });
    await mixedWrites(first, 'env', 11);
    await mixedWrites(first, 'kept', 12);
    await expectSameAsBruteForce(first, 'env');
    await first.clear('env');
    expect((await first.list('env', { name: 'user', offset: 0, limit: 5 })).total).toBe(0);
    await expectSameAsBruteForce(first, 'kept');
    await mixedWrites(first, 'env', 13);
    await expectSameAsBruteForce(first, 'env');
    await first.clear();
    expect((await first.list('kept', { name: 'user', offset: 0, limit: 5 })).total).toBe(0);
    await mixedWrites(first, 'env', 14);
    await first.close();

    const second = createSqliteUserStorage({ file });
    await expectSameAsBruteForce(second, 'env');
    await mixedWrites(second, 'env', 15);
    await expectSameAsBruteForce(second, 'env');
    await second.close();
  });

  it('sees writes made by another connection to the same file', async () => {
    const file = join(folder, 'shared.sqlite');
    const reader = createSqliteUserStorage({ file });
    const writer = createSqliteUserStorage({ file });
    await mixedWrites(writer, 'env', 21);
    await expectSameAsBruteForce(reader, 'env');
    await mixedWrites(writer, 'env', 22);
    await writer.clear('env');
    await mixedWrites(writer, 'env', 23);
    await expectSameAsBruteForce(reader, 'env');
    await writer.close();
    await reader.close();
  });
});
