import { TCB_USER_LIMITS } from '@org/tcb-user-contract';

/** Which `describeUserList` pages cover a window of users. */
export interface PageWindowPlan {
  /** Page size of every request, 1-100. */
  pageSize: number;
  /** First page to fetch (1-based). */
  firstPage: number;
  /** Last page to fetch (1-based, inclusive). */
  lastPage: number;
}

/**
 * Chooses the page size and page numbers whose pages cover `[offset, offset + limit)` with the
 * fewest requests; among equals, the one that fetches the fewest users. `offset` ≥ 0 and
 * `limit` ≥ 1, both whole numbers.
 */
export function planPageWindow(offset: number, limit: number): PageWindowPlan {
  const end = offset + limit;
  let best: PageWindowPlan | undefined;
  let bestCost = { requests: Number.POSITIVE_INFINITY, rows: Number.POSITIVE_INFINITY };
  for (let pageSize = 1; pageSize <= TCB_USER_LIMITS.maxPageSize; pageSize += 1) {
    const firstPage = Math.floor(offset / pageSize) + 1;
    const lastPage = Math.ceil(end / pageSize);
    const requests = lastPage - firstPage + 1;
    const rows = requests * pageSize;
    const better =
      requests < bestCost.requests || (requests === bestCost.requests && rows < bestCost.rows);
    if (!better) continue;
    best = { pageSize, firstPage, lastPage };
    bestCost = { requests, rows };
  }
  // The loop always runs at least once (maxPageSize ≥ 1).
  return best as PageWindowPlan;
}
