import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredUser } from '@org/tcb-user-mock';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteUserStorage } from './sqlite-user-storage.js';

const folder = mkdtempSync(join(tmpdir(), 'tcb-emulator-storage-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function user(i: number, overrides: Partial<StoredUser> = {}): StoredUser {
  return {
    uid: `u${i}`,
    name: `user-${String(i).padStart(4, '0')}`,
    type: 'internalUser',
    userStatus: 'ACTIVE',
    nickName: i % 2 === 0 ? `Even ${i}` : `odd ${i}`,
    phone: '',
    email: '',
    avatarUrl: '',
    description: '',
    passwordHash: '',
    createdAt: 1_000 + i,
    updatedAt: 1_000 + i,
    ...overrides,
  };
}

describe('SqliteUserStorage', () => {
  it('keeps users in its file across close and reopen', async () => {
    const file = join(folder, 'reopen.sqlite');
    const first = createSqliteUserStorage({ file });
    await first.insert('env', user(1, { passwordHash: 'pbkdf2-sha256$1$c2FsdA==$aGFzaA==' }));
    await first.close();
    const second = createSqliteUserStorage({ file });
    expect(await second.get('env', 'u1')).toEqual(
      user(1, { passwordHash: 'pbkdf2-sha256$1$c2FsdA==$aGFzaA==' }),
    );
    expect(second.counts()).toEqual({ env: 1 });
    await second.close();
  });

  it('pages deep and filtered lists with exact totals', async () => {
    const storage = createSqliteUserStorage({ inMemory: true });
    for (let i = 0; i < 250; i += 1) await storage.insert('env', user(i));
    const deep = await storage.list('env', { offset: 240, limit: 20 });
    expect(deep.total).toBe(250);
    expect(deep.users.map((u) => u.uid)).toEqual(
      Array.from({ length: 10 }, (_, k) => `u${240 + k}`),
    );
    const even = await storage.list('env', { nickName: 'Even', offset: 100, limit: 20 });
    expect(even.total).toBe(125);
    expect(even.users[0]?.uid).toBe('u200');
    const past = await storage.list('env', { nickName: 'Even', offset: 500, limit: 20 });
    expect(past).toEqual({ total: 125, users: [] });
    await storage.close();
  });

  it('recounts a filtered total after a write instead of answering a stale one', async () => {
    const storage = createSqliteUserStorage({ inMemory: true });
    for (let i = 0; i < 60; i += 1) await storage.insert('env', user(i));
    const query = { nickName: 'odd', offset: 0, limit: 10 };
    expect((await storage.list('env', query)).total).toBe(30);
    await storage.remove('env', ['u1', 'u3']);
    expect((await storage.list('env', query)).total).toBe(28);
    await storage.update('env', 'u0', { nickName: 'odd now' });
    expect((await storage.list('env', query)).total).toBe(29);
    await storage.close();
  });

  it('matches substrings case-sensitively, also outside ASCII', async () => {
    const storage = createSqliteUserStorage({ inMemory: true });
    await storage.insert('env', user(1, { nickName: 'Ärger 阿达' }));
    expect((await storage.list('env', { nickName: '阿达', offset: 0, limit: 5 })).total).toBe(1);
    expect((await storage.list('env', { nickName: 'ärger', offset: 0, limit: 5 })).total).toBe(0);
    await storage.close();
  });

  it('refuses a data file written by a newer layout', async () => {
    const file = join(folder, 'newer.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => createSqliteUserStorage({ file })).toThrow(/newer emulator/);
  });
});
