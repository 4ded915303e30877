import { TCB_USER_LIMITS } from '@org/tcb-user-contract';
import type { BulkOptions } from './bulk-options.js';
import type { Pacer } from './create-pacer.js';
import { isTcbUserError, type TcbUserError } from './errors/tcb-user-error.js';
import { checkUids } from './internal/check-uids.js';
import { chunk, mapBounded } from './internal/map-bounded.js';
import { paced } from './internal/paced.js';
import type { UserCalls } from './internal/user-calls.js';

/** A batch whose delete (or follow-up check) failed, with the error. */
export interface FailedDeleteBatch {
  uids: string[];
  error: TcbUserError;
}

/** The per-uid outcome of `deleteUsersInBatches`. */
export interface BulkDeleteResult {
  /** Uids with no user after the call: deleted now, or absent already. */
  removed: string[];
  /** Uids whose user still exists, or whose batch failed so their state is unknown. */
  remaining: string[];
  /** Sum of the service's `SuccessCount`: users this call deleted. */
  deletedCount: number;
  /** Sum of the service's `FailedCount`: uids the service did not delete (mostly absent ones). */
  failedCount: number;
  /** Batches that failed, with their errors. Their uids are listed in `remaining`. */
  failedBatches: FailedDeleteBatch[];
}

/**
 * Deletes any number of uids: batches of 100, bounded concurrency, paced. Where a batch
 * reports failures, the uids of that batch are looked up to tell which remain. Rejects with a
 * `ValidationError` before sending anything when `uids` is not a list of uids.
 */
export async function deleteUsersInBatches(
  calls: UserCalls,
  pacer: Pacer,
  uids: readonly string[],
  options: BulkOptions = {},
): Promise<BulkDeleteResult> {
  const result: BulkDeleteResult = {
    removed: [],
    remaining: [],
    deletedCount: 0,
    failedCount: 0,
    failedBatches: [],
  };
  const batches = chunk(
    [...new Set(checkUids(uids, 'deleteUsersInBatches'))],
    TCB_USER_LIMITS.batchLimit,
  );
  const outcomes = await mapBounded(batches, options.concurrency ?? 4, (batch) =>
    deleteBatch(calls, pacer, batch, options),
  );
  for (const outcome of outcomes) {
    result.removed.push(...outcome.removed);
    result.remaining.push(...outcome.remaining);
    result.deletedCount += outcome.deletedCount;
    result.failedCount += outcome.failedCount;
    if (outcome.error) result.failedBatches.push({ uids: outcome.uids, error: outcome.error });
  }
  return result;
}

interface BatchOutcome {
  uids: string[];
  removed: string[];
  remaining: string[];
  deletedCount: number;
  failedCount: number;
  error?: TcbUserError;
}

async function deleteBatch(
  calls: UserCalls,
  pacer: Pacer,
  uids: string[],
  options: BulkOptions,
): Promise<BatchOutcome> {
  const call = { ...(options.signal ? { signal: options.signal } : {}) };
  const failed = (error: unknown, counts = { deletedCount: 0, failedCount: 0 }): BatchOutcome => {
    if (!isTcbUserError(error) || error.kind === 'validation') throw error;
    return { uids, removed: [], remaining: uids, ...counts, error };
  };
  let counts: { deletedCount: number; failedCount: number };
  try {
    const answer = await paced(options, pacer, 'DeleteUsers', () =>
      calls.deleteUsers({ uids }, call),
    );
    counts = { deletedCount: answer.Data.SuccessCount, failedCount: answer.Data.FailedCount };
  } catch (error) {
    return failed(error);
  }
  if (counts.failedCount === 0) return { uids, removed: uids, remaining: [], ...counts };
  try {
    const left = await paced(options, pacer, 'DescribeUserList', () =>
      calls.describeUserList({ uidList: uids, pageSize: TCB_USER_LIMITS.batchLimit }, call),
    );
    const still = new Set(left.Data.UserList.map((user) => user.Uid));
    const remaining = uids.filter((uid) => still.has(uid));
    return { uids, removed: uids.filter((uid) => !still.has(uid)), remaining, ...counts };
  } catch (error) {
    return failed(error, counts);
  }
}
