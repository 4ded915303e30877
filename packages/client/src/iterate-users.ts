import { TCB_USER_LIMITS, type User, type UserFilter } from '@org/tcb-user-contract';
import type { BulkOptions } from './bulk-options.js';
import type { Pacer } from './create-pacer.js';
import { ValidationError } from './errors/validation-error.js';
import { paced } from './internal/paced.js';
import type { UserCalls } from './internal/user-calls.js';

/** Options of `iterateUsers`. */
export interface IterateUsersOptions extends BulkOptions {
  /** Users per request. Default: 100, the largest page the service serves. */
  pageSize?: number;
}

/**
 * Yields every user matching the filter, oldest first. The first page tells the total; the
 * remaining pages are then fetched with bounded concurrency and yielded in order.
 */
export async function* iterateUsers(
  calls: UserCalls,
  pacer: Pacer,
  filter: UserFilter = {},
  options: IterateUsersOptions = {},
): AsyncGenerator<User, void, undefined> {
  checkFilter(filter);
  const pageSize = options.pageSize ?? TCB_USER_LIMITS.maxPageSize;
  const call = { ...(options.signal ? { signal: options.signal } : {}) };
  const fetchPage = (pageNo: number) =>
    paced(options, pacer, 'DescribeUserList', () =>
      calls.describeUserList({ ...filter, pageNo, pageSize }, call),
    );
  const first = await fetchPage(1);
  yield* first.Data.UserList;
  const pages = Math.ceil(first.Data.Total / pageSize);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const inFlight: Promise<Awaited<ReturnType<typeof fetchPage>>>[] = [];
  let nextPage = 2;
  const refill = () => {
    while (inFlight.length < concurrency && nextPage <= pages) {
      const page = fetchPage(nextPage++);
      page.catch(() => {}); // awaited below in order; this only silences early rejections
      inFlight.push(page);
    }
  };
  refill();
  while (inFlight.length > 0) {
    const page = await (inFlight.shift() as Promise<Awaited<ReturnType<typeof fetchPage>>>);
    refill();
    yield* page.Data.UserList;
  }
}

// The filter is spread into each page's options, so a string or list would turn into fields
// named after its indexes: refuse it by name instead.
function checkFilter(filter: UserFilter): void {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new ValidationError(
      [{ field: 'filter', message: 'must be an object' }],
      'DescribeUserList',
    );
  }
  const given = filter as Record<string, unknown>;
  const issues = ['pageNo', 'pageSize']
    .filter((key) => given[key] !== undefined)
    .map((field) => ({
      field,
      message: 'is chosen by iterateUsers; pass pageSize in its options',
    }));
  if (issues.length > 0) throw new ValidationError(issues, 'DescribeUserList');
}
