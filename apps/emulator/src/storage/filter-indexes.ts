import type { StoredUser, UserPatch } from '@org/tcb-user-mock';
import type { Database, Statement } from 'better-sqlite3';
import { FILTER_FIELDS, type FilterField, FilterIndex } from './filter-index.js';

/** A written row's key, as the storage's `RETURNING seq, created_at` clauses answer it. */
export interface RowKey {
  seq: number;
  created_at: number;
}

type LoadedRow = [seq: number, createdAt: number, ...fields: string[]];

/**
 * The in-memory filter indexes of a SQLite user storage, one per environment, built from SQLite
 * the first time an environment is filtered and kept current by the storage's own write paths,
 * which call the `note…` methods right after each successful write. Every call runs
 * synchronously, so no request can see the table and the index disagree.
 *
 * Another connection to the same file (a second emulator) can write behind our back; SQLite's
 * `PRAGMA data_version` changes when it does, and every index is then dropped and rebuilt on
 * next use. An index is also dropped, rather than shifted, when a user is inserted before the
 * newest one (an import of older users).
 */
export class FilterIndexes {
  readonly #indexes = new Map<string, FilterIndex>();
  readonly #load: Statement<[string], LoadedRow>;
  readonly #dataVersion: Statement<[], number>;
  #version = -1;

  constructor(db: Database) {
    this.#load = db
      .prepare<[string], LoadedRow>(
        'SELECT seq, created_at, name, nick_name, phone, email FROM users ' +
          'INDEXED BY users_env_order WHERE env_id = ? ORDER BY created_at, seq',
      )
      .raw();
    this.#dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  }

  /** The index of one environment, (re)built from SQLite when missing or stale. */
  get(envId: string): FilterIndex {
    const version = this.#dataVersion.get() ?? 0;
    if (version !== this.#version) {
      this.#indexes.clear();
      this.#version = version;
    }
    let index = this.#indexes.get(envId);
    if (!index) {
      index = this.#build(envId);
      this.#indexes.set(envId, index);
    }
    return index;
  }

  /** Records a user just inserted as row `seq`. */
  noteInsert(envId: string, seq: number, user: StoredUser): void {
    const index = this.#indexes.get(envId);
    if (index && !index.append({ ...user, seq })) this.#indexes.delete(envId);
  }

  /** Records a patch just applied to the row `key`. */
  noteUpdate(envId: string, key: RowKey, patch: UserPatch): void {
    const index = this.#indexes.get(envId);
    if (!index) return;
    if ('createdAt' in patch || !index.patch(key.seq, key.created_at, filterFields(patch))) {
      this.#indexes.delete(envId);
    }
  }

  /** Records rows just deleted. */
  noteRemove(envId: string, keys: readonly RowKey[]): void {
    const index = this.#indexes.get(envId);
    if (!index) return;
    if (!keys.every((key) => index.delete(key.seq, key.created_at))) this.#indexes.delete(envId);
  }

  /** Records that one environment, or every one when `envId` is absent, was emptied. */
  noteClear(envId?: string): void {
    if (envId === undefined) this.#indexes.clear();
    else this.#indexes.delete(envId);
  }

  #build(envId: string): FilterIndex {
    const index = new FilterIndex();
    for (const [
      seq,
      createdAt,
      name = '',
      nickName = '',
      phone = '',
      email = '',
    ] of this.#load.iterate(envId)) {
      index.append({ seq, createdAt, name, nickName, phone, email });
    }
    return index;
  }
}

function filterFields(patch: UserPatch): Partial<Record<FilterField, string>> {
  const fields: Partial<Record<FilterField, string>> = {};
  for (const field of FILTER_FIELDS) {
    const value = patch[field];
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}
