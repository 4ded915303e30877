import type { CallOptions, TcbResult } from '@org/tcb-user-client';
import type { DescribeUserListData } from '@org/tcb-user-contract';
import { toEndUserInfo } from '../end-user-info.js';
import type { GetEndUserListOptions, GetEndUserListResult } from '../legacy-results.js';
import { refuse } from './in-old-terms.js';
import type { LegacyContext } from './legacy-context.js';
import { type PageWindowPlan, planPageWindow } from './plan-page-window.js';
import { refuseUnknownKeys } from './refuse-unknown-keys.js';

const METHOD = 'getEndUserList';

/**
 * `getEndUserList` over `describeUserList`: fetches the fewest pages that cover
 * `[offset, offset + limit)` (skipping pages past the total learnt from the first), then cuts
 * the window out of them.
 */
export async function getEndUserList(
  ctx: LegacyContext,
  options: GetEndUserListOptions | undefined,
  call: CallOptions,
): Promise<GetEndUserListResult> {
  refuseUnknownKeys(METHOD, options, ['offset', 'limit']);
  const offset = options?.offset ?? 0;
  const limit = options?.limit ?? 20;
  if (!Number.isInteger(offset) || offset < 0) {
    throw refuse(METHOD, 'offset', 'must be a whole number of at least 0');
  }
  if (!Number.isInteger(limit) || limit < 1) {
    throw refuse(METHOD, 'limit', 'must be a whole number of at least 1 (over 100 is fine)');
  }

  const plan = planPageWindow(offset, limit);
  const first = await fetchPage(ctx, plan, plan.firstPage, call);
  const total = first.Data.Total;
  const rows = [...first.Data.UserList];
  for (let page = plan.firstPage + 1; page <= plan.lastPage; page += 1) {
    if ((page - 1) * plan.pageSize >= total) break;
    const answer = await fetchPage(ctx, plan, page, call);
    rows.push(...answer.Data.UserList);
  }

  const start = offset - (plan.firstPage - 1) * plan.pageSize;
  const users = rows.slice(start, start + limit).map((user) => toEndUserInfo(user));
  return { RequestId: first.RequestId, Total: total, Users: users };
}

async function fetchPage(
  ctx: LegacyContext,
  plan: PageWindowPlan,
  pageNo: number,
  call: CallOptions,
): Promise<TcbResult<DescribeUserListData>> {
  await ctx.pacer.wait(call.signal);
  return ctx.client.describeUserList({ pageNo, pageSize: plan.pageSize }, call);
}
