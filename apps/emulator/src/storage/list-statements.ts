import type { UserQuery } from '@org/tcb-user-mock';
import type { Database, Statement } from 'better-sqlite3';
import type { SubstringFilter } from './filter-index.js';
import type { FilterIndexes } from './filter-indexes.js';
import { USER_COLUMNS, type UserRow } from './user-row.js';

const filterColumns = [
  ['name', 'name'],
  ['nickName', 'nick_name'],
  ['phone', 'phone'],
  ['email', 'email'],
] as const;

/** The statements that answer one shape of uid-list query (which filters are present). */
interface UidPlan {
  count: Statement<Record<string, unknown>, number>;
  page: Statement<Record<string, unknown>, UserRow>;
}

const order = 'ORDER BY created_at, seq';

/**
 * Builds, caches and runs the SQL behind `UserStorage.list`, fast at 100,000 users:
 *
 * - Users come oldest first (creation time, then insertion). The total of an unfiltered list
 *   is the trigger-kept `env_stats` counter; pages are found on the narrow order index and only
 *   their rows are read.
 * - Substring filters without a uid list are answered by the environment's in-memory
 *   `FilterIndex` (one `includes` pass over its users gives the total and the page's row ids);
 *   only the page's rows are then read from SQLite. An empty filter matches everything, as in
 *   memory.
 * - With a uid list (a few hundred keys at most), SQL looks the uids up on the unique index,
 *   filters them with `instr()` (case-sensitive, unlike LIKE) and sorts them. The page is read
 *   first; when it comes back short, the total follows from it without counting.
 */
export class ListStatements {
  readonly #db: Database;
  readonly #plans = new Map<string, UidPlan>();
  readonly #envCount: Statement<[string], number>;
  readonly #unfilteredPage: Statement<Record<string, unknown>, UserRow>;
  readonly #rowsBySeq: Statement<[string, string], UserRow>;
  readonly #filterIndexes: FilterIndexes;

  constructor(db: Database, filterIndexes: FilterIndexes) {
    this.#db = db;
    this.#filterIndexes = filterIndexes;
    this.#envCount = db
      .prepare<[string], number>('SELECT user_count FROM env_stats WHERE env_id = ?')
      .pluck();
    // Finds the window's row ids on the narrow order index (skipping `offset` entries there is
    // cheap), then reads only those rows.
    this.#unfilteredPage = db.prepare<Record<string, unknown>, UserRow>(
      `SELECT ${USER_COLUMNS} FROM users WHERE seq IN (` +
        `SELECT seq FROM users INDEXED BY users_env_time WHERE env_id = @env_id ${order} ` +
        `LIMIT @limit OFFSET @offset) ${order}`,
    );
    // NOT INDEXED keeps the planner on row id lookups: left alone, it walks the whole order
    // index of the environment to avoid sorting a page of 20 rows.
    this.#rowsBySeq = db.prepare<[string, string], UserRow>(
      `SELECT ${USER_COLUMNS} FROM users NOT INDEXED WHERE env_id = ? AND seq IN ` +
        `(SELECT value FROM json_each(?)) ${order}`,
    );
  }

  /** The total of matches before paging and the rows of the requested window. */
  run(envId: string, query: UserQuery): { total: number; rows: UserRow[] } {
    const params: Record<string, string | number> = {
      env_id: envId,
      limit: Math.max(0, query.limit),
      offset: Math.max(0, query.offset),
    };
    const active: string[] = [];
    const filters: SubstringFilter[] = [];
    for (const [key, column] of filterColumns) {
      const value = query[key];
      if (value === undefined || value === '') continue;
      params[key] = value;
      active.push(column);
      filters.push([key, value]);
    }
    if (query.uids === undefined) return this.#runWithoutUids(envId, filters, params);
    params.uids = JSON.stringify(query.uids);
    const plan = this.#plan(active);
    const rows = params.limit === 0 ? [] : plan.page.all(params);
    const short = rows.length < query.limit && (rows.length > 0 || query.offset === 0);
    if (short) return { total: query.offset + rows.length, rows };
    return { total: plan.count.get(params) ?? 0, rows };
  }

  #runWithoutUids(
    envId: string,
    filters: readonly SubstringFilter[],
    params: Record<string, string | number>,
  ): { total: number; rows: UserRow[] } {
    const offset = params.offset as number;
    const limit = params.limit as number;
    if (filters.length === 0) {
      const total = this.#envCount.get(envId) ?? 0;
      if (limit === 0 || offset >= total) return { total, rows: [] };
      return { total, rows: this.#unfilteredPage.all(params) };
    }
    const { total, seqs } = this.#filterIndexes.get(envId).scan(filters, offset, limit);
    if (seqs.length === 0) return { total, rows: [] };
    return { total, rows: this.#rowsBySeq.all(envId, JSON.stringify(seqs)) };
  }

  #plan(active: readonly string[]): UidPlan {
    const key = active.join(',');
    let plan = this.#plans.get(key);
    if (!plan) {
      plan = this.#build(active);
      this.#plans.set(key, plan);
    }
    return plan;
  }

  #build(active: readonly string[]): UidPlan {
    const conditions = ['env_id = @env_id', 'uid IN (SELECT value FROM json_each(@uids))'];
    for (const [key, column] of filterColumns) {
      if (active.includes(column)) conditions.push(`instr(${column}, @${key}) > 0`);
    }
    const from = `FROM users INDEXED BY users_uid WHERE ${conditions.join(' AND ')}`;
    const count = this.#db.prepare<Record<string, unknown>, number>(`SELECT COUNT(*) ${from}`);
    const page = this.#db.prepare<Record<string, unknown>, UserRow>(
      `SELECT ${USER_COLUMNS} ${from} ${order} LIMIT @limit OFFSET @offset`,
    );
    return { count: count.pluck(), page };
  }
}
