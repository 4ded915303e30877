import { dirname } from 'node:path';
import type {
  StoredUser,
  UniqueField,
  UserPage,
  UserPatch,
  UserQuery,
  UserStorage,
  WriteOutcome,
} from '@org/tcb-user-mock';
import Database from 'better-sqlite3';
import { createDirectory } from './create-directory.js';
import { FilterIndexes, type RowKey } from './filter-indexes.js';
import { ListStatements } from './list-statements.js';
import { applySqliteSchema } from './sqlite-schema.js';
import { COLUMN_OF, fromUserRow, toUserParams, USER_COLUMNS, type UserRow } from './user-row.js';

/** Where a SQLite user storage keeps its data: one file, or memory only. */
export type SqliteUserStorageOptions = { file: string } | { inMemory: true };

const uniqueOrder: readonly UniqueField[] = ['uid', 'name', 'phone', 'email'];

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * The directory's storage on SQLite (better-sqlite3): one `users` table for every environment,
 * uniqueness enforced by the database, WAL mode, prepared statements. Calls run synchronously
 * inside the promise-returning methods, so each write is atomic and concurrent creates of one
 * name can never both succeed. Substring filters are answered from in-memory `FilterIndexes`,
 * which every write path updates right after its SQL succeeds.
 */
export class SqliteUserStorage implements UserStorage {
  /** The database file, or `':memory:'`. */
  readonly location: string;
  readonly #db: Database.Database;
  readonly #list: ListStatements;
  readonly #filterIndexes: FilterIndexes;
  readonly #insert: Database.Statement<Record<string, unknown>>;
  readonly #get: Database.Statement<[string, string], UserRow>;
  readonly #remove: Database.Statement<[string, string], RowKey>;
  readonly #clearOne: Database.Statement<[string]>;
  readonly #taken: Map<UniqueField, Database.Statement<[string, string, string], number>>;
  readonly #updates = new Map<string, Database.Statement<Record<string, unknown>, RowKey>>();

  constructor(options: SqliteUserStorageOptions) {
    this.location = 'file' in options ? options.file : ':memory:';
    if ('file' in options) createDirectory(dirname(options.file));
    this.#db = new Database(this.location);
    applySqliteSchema(this.#db);
    this.#filterIndexes = new FilterIndexes(this.#db);
    this.#list = new ListStatements(this.#db, this.#filterIndexes);
    const columns = Object.keys(toUserParams('', emptyUser));
    this.#insert = this.#db.prepare(
      `INSERT INTO users (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    this.#get = this.#db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE env_id = ? AND uid = ?`);
    this.#remove = this.#db.prepare<[string, string], RowKey>(
      'DELETE FROM users WHERE env_id = ? AND uid = ? RETURNING seq, created_at',
    );
    this.#clearOne = this.#db.prepare('DELETE FROM users WHERE env_id = ?');
    this.#taken = new Map(
      uniqueOrder.map((field) => {
        const column = COLUMN_OF[field];
        const sql = `SELECT 1 FROM users WHERE env_id = ? AND ${column} = ? AND uid <> ? LIMIT 1`;
        return [field, this.#db.prepare<[string, string, string], number>(sql).pluck()];
      }),
    );
  }

  async insert(envId: string, user: StoredUser): Promise<WriteOutcome> {
    try {
      const { lastInsertRowid } = this.#insert.run(toUserParams(envId, user));
      this.#filterIndexes.noteInsert(envId, Number(lastInsertRowid), user);
      return { ok: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { ok: false, reason: 'conflict', field: this.#clash(envId, user, '') };
    }
  }

  async update(envId: string, uid: string, patch: UserPatch): Promise<WriteOutcome> {
    const keys = (Object.keys(patch) as (keyof UserPatch)[]).filter(
      (key) => key in COLUMN_OF && patch[key] !== undefined,
    );
    if (keys.length === 0) {
      return this.#get.get(envId, uid) ? { ok: true } : { ok: false, reason: 'missing' };
    }
    const params: Record<string, unknown> = { env_id: envId, uid };
    for (const key of keys) params[key] = patch[key];
    try {
      const key = this.#updateStatement(keys).get(params);
      if (!key) return { ok: false, reason: 'missing' };
      this.#filterIndexes.noteUpdate(envId, key, patch);
      return { ok: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const current = this.#get.get(envId, uid);
      if (!current) return { ok: false, reason: 'missing' };
      const next = { ...fromUserRow(current), ...definedOnly(patch) };
      return { ok: false, reason: 'conflict', field: this.#clash(envId, next, uid) };
    }
  }

  async get(envId: string, uid: string): Promise<StoredUser | undefined> {
    const row = this.#get.get(envId, uid);
    return row ? fromUserRow(row) : undefined;
  }

  async list(envId: string, query: UserQuery): Promise<UserPage> {
    const { total, rows } = this.#list.run(envId, query);
    return { total, users: rows.map(fromUserRow) };
  }

  async remove(envId: string, uids: readonly string[]): Promise<string[]> {
    const removed: string[] = [];
    const keys: RowKey[] = [];
    this.#db.transaction(() => {
      for (const uid of uids) {
        const key = this.#remove.get(envId, uid);
        if (!key) continue;
        removed.push(uid);
        keys.push(key);
      }
    })();
    this.#filterIndexes.noteRemove(envId, keys);
    return removed;
  }

  async clear(envId?: string): Promise<void> {
    if (envId === undefined) this.#db.exec('DELETE FROM users');
    else this.#clearOne.run(envId);
    this.#filterIndexes.noteClear(envId);
  }

  /**
   * Removes every user of one environment and inserts `users` in their place, in one transaction:
   * when any insert fails (it throws), the transaction rolls back and the environment keeps the
   * users it had.
   */
  replaceUsers(envId: string, users: readonly StoredUser[]): void {
    this.#db.transaction(() => {
      this.#clearOne.run(envId);
      for (const user of users) this.#insert.run(toUserParams(envId, user));
    })();
    this.#filterIndexes.noteClear(envId);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  /** Number of users in each environment that has any, from the trigger-kept counters. */
  counts(): Record<string, number> {
    const rows = this.#db
      .prepare<[], { env_id: string; user_count: number }>(
        'SELECT env_id, user_count FROM env_stats WHERE user_count > 0 ORDER BY env_id',
      )
      .all();
    return Object.fromEntries(rows.map((row) => [row.env_id, row.user_count]));
  }

  // Which unique field a refused write collides on, checked in a fixed order so the answer does
  // not depend on SQLite's internal constraint order.
  #clash(envId: string, user: StoredUser, selfUid: string): UniqueField {
    for (const field of uniqueOrder) {
      const value = user[field];
      if (field !== 'uid' && value === '') continue;
      if (field === 'uid' && selfUid !== '') continue;
      if (this.#taken.get(field)?.get(envId, value, selfUid)) return field;
    }
    return 'uid';
  }

  #updateStatement(
    keys: readonly (keyof UserPatch)[],
  ): Database.Statement<Record<string, unknown>, RowKey> {
    const cacheKey = [...keys].sort().join(',');
    let statement = this.#updates.get(cacheKey);
    if (!statement) {
      const sets = keys.map((key) => `${COLUMN_OF[key]} = @${key}`).join(', ');
      statement = this.#db.prepare<Record<string, unknown>, RowKey>(
        `UPDATE users SET ${sets} WHERE env_id = @env_id AND uid = @uid RETURNING seq, created_at`,
      );
      this.#updates.set(cacheKey, statement);
    }
    return statement;
  }
}

const emptyUser: StoredUser = {
  uid: '',
  name: '',
  type: 'internalUser',
  userStatus: 'ACTIVE',
  nickName: '',
  phone: '',
  email: '',
  avatarUrl: '',
  description: '',
  passwordHash: '',
  createdAt: 0,
  updatedAt: 0,
};

function definedOnly(patch: UserPatch): UserPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

/** Opens (or creates) a SQLite user storage in a file, or in memory with `{ inMemory: true }`. */
export function createSqliteUserStorage(options: SqliteUserStorageOptions): SqliteUserStorage {
  return new SqliteUserStorage(options);
}
