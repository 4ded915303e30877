import type { UserQuery } from '@org/tcb-user-mock';
import type { Database, Statement } from 'better-sqlite3';
import { USER_COLUMNS, type UserRow } from './user-row.js';

const filterColumns = [
  ['name', 'name'],
  ['nickName', 'nick_name'],
  ['phone', 'phone'],
  ['email', 'email'],
] as const;

/** The statements that answer one shape of query (which filters are present). */
interface ListPlan {
  count: Statement<Record<string, unknown>, number>;
  page: Statement<Record<string, unknown>, UserRow>;
}

const countCacheSize = 256;
const order = 'ORDER BY created_at, seq';

// Finds the window's rowids on the covering order index (skipping `offset` entries there is
// cheap), then reads only those rows.
function pageSql(where: string, index = 'users_env_order'): string {
  return (
    `SELECT ${USER_COLUMNS} FROM users WHERE seq IN (` +
    `SELECT seq FROM users INDEXED BY ${index} WHERE ${where} ${order} ` +
    `LIMIT @limit OFFSET @offset) ${order}`
  );
}

/**
 * Builds, caches and runs the SQL behind `UserStorage.list`, fast at 100,000 users:
 *
 * - Substring filters use `instr()`, which is case-sensitive (LIKE is not); an empty filter
 *   matches everything, as in memory.
 * - Users come oldest first (creation time, then insertion). The total of an unfiltered list
 *   is the trigger-kept `env_stats` counter; pages are found on the narrow order index and only
 *   their rows are read.
 * - A filtered list has no index to help (substrings), so each scan costs about a millisecond
 *   per 10,000 users. The page is read first; when it comes back short, the total follows from it
 *   without a second scan. Otherwise the total is counted once and kept until the next write
 *   (here or, through `PRAGMA data_version`, by another connection), so paging through one
 *   filter costs one scan per page.
 */
export class ListStatements {
  readonly #db: Database;
  readonly #plans = new Map<string, ListPlan>();
  readonly #envCount: Statement<[string], number>;
  readonly #unfilteredPage: Statement<Record<string, unknown>, UserRow>;
  readonly #counts = new Map<string, number>();
  #countsVersion = -1;
  #writes = 0;

  constructor(db: Database) {
    this.#db = db;
    this.#envCount = db
      .prepare<[string], number>('SELECT user_count FROM env_stats WHERE env_id = ?')
      .pluck();
    this.#unfilteredPage = db.prepare<Record<string, unknown>, UserRow>(
      pageSql('env_id = @env_id', 'users_env_time'),
    );
  }

  /** Forgets cached totals; the storage calls it after each of its own writes. */
  noteWrite(): void {
    this.#writes += 1;
  }

  /** The total of matches before paging and the rows of the requested window. */
  run(envId: string, query: UserQuery): { total: number; rows: UserRow[] } {
    const params: Record<string, string | number> = {
      env_id: envId,
      limit: Math.max(0, query.limit),
      offset: Math.max(0, query.offset),
    };
    const active: string[] = [];
    for (const [key, column] of filterColumns) {
      const value = query[key];
      if (value === undefined || value === '') continue;
      params[key] = value;
      active.push(column);
    }
    if (query.uids !== undefined) params.uids = JSON.stringify(query.uids);
    if (active.length === 0 && query.uids === undefined) {
      const total = this.#envCount.get(envId) ?? 0;
      if (params.limit === 0 || query.offset >= total) return { total, rows: [] };
      return { total, rows: this.#unfilteredPage.all(params) };
    }
    const plan = this.#plan(active, query.uids !== undefined);
    const rows = params.limit === 0 ? [] : plan.page.all(params);
    const short = rows.length < query.limit && (rows.length > 0 || query.offset === 0);
    if (short) return { total: query.offset + rows.length, rows };
    return { total: this.#count(plan, params), rows };
  }

  #count(plan: ListPlan, params: Record<string, string | number>): number {
    const version =
      (this.#db.pragma('data_version', { simple: true }) as number) * 1e9 + this.#writes;
    if (version !== this.#countsVersion || this.#counts.size >= countCacheSize) {
      this.#counts.clear();
      this.#countsVersion = version;
    }
    const key = JSON.stringify([
      params.env_id,
      params.name,
      params.nickName,
      params.phone,
      params.email,
      params.uids,
    ]);
    const cached = this.#counts.get(key);
    if (cached !== undefined) return cached;
    const total = plan.count.get(params) ?? 0;
    this.#counts.set(key, total);
    return total;
  }

  #plan(active: readonly string[], byUid: boolean): ListPlan {
    const key = `${active.join(',')}|${byUid}`;
    let plan = this.#plans.get(key);
    if (!plan) {
      plan = this.#build(active, byUid);
      this.#plans.set(key, plan);
    }
    return plan;
  }

  #build(active: readonly string[], byUid: boolean): ListPlan {
    const conditions = ['env_id = @env_id'];
    for (const [key, column] of filterColumns) {
      if (active.includes(column)) conditions.push(`instr(${column}, @${key}) > 0`);
    }
    if (byUid) conditions.push('uid IN (SELECT value FROM json_each(@uids))');
    const where = conditions.join(' AND ');
    // A uid list is at most a few hundred keys: look them up, then sort. Substring filters walk
    // the narrow order index, so page 1 of a broad filter stops early.
    const source = byUid ? 'users INDEXED BY users_uid' : 'users INDEXED BY users_env_order';
    const count = this.#db
      .prepare<Record<string, unknown>, number>(`SELECT COUNT(*) FROM ${source} WHERE ${where}`)
      .pluck();
    const page = byUid
      ? this.#db.prepare<Record<string, unknown>, UserRow>(
          `SELECT ${USER_COLUMNS} FROM ${source} WHERE ${where} ${order} LIMIT @limit OFFSET @offset`,
        )
      : this.#db.prepare<Record<string, unknown>, UserRow>(pageSql(where));
    return { count, page };
  }
}
