import { type BulkDeleteResult, type CallOptions, ValidationError } from '@org/tcb-user-client';
import { type FieldIssue, toFieldIssues, uidSchema } from '@org/tcb-user-contract';
import type { DeleteEndUsersOptions, LegacyResult } from '../legacy-results.js';
import { PartialDeleteError } from '../partial-delete-error.js';
import { inOldTerms, refuse } from './in-old-terms.js';
import type { LegacyContext } from './legacy-context.js';
import { refuseUnknownKeys } from './refuse-unknown-keys.js';

const METHOD = 'deleteEndUsers';

/**
 * `deleteEndUsers` over `deleteUsersInBatches` (100 uids per request). Unknown uids count as
 * deleted, as with the old action. When some users remain, rejects with a `PartialDeleteError`
 * naming them. `RequestId` is that of the first answered batch.
 */
export async function deleteEndUsers(
  ctx: LegacyContext,
  options: DeleteEndUsersOptions,
  call: CallOptions,
): Promise<LegacyResult> {
  refuseUnknownKeys(METHOD, options, ['userList']);
  const list = checkUserList(options?.userList);
  const run = () =>
    ctx.client.deleteUsersInBatches(list, call.signal ? { signal: call.signal } : {});

  let result: BulkDeleteResult;
  let requestIds: string[] = [];
  try {
    if (ctx.recorder) [result, requestIds] = await ctx.recorder.capture(list, run);
    else result = await run();
  } catch (error) {
    throw inOldTerms(error, METHOD, { uids: 'userList' });
  }

  if (result.remaining.length > 0) throw new PartialDeleteError({ ...result, requestIds });
  return { RequestId: requestIds[0] ?? '' };
}

function checkUserList(list: unknown): readonly string[] {
  if (!Array.isArray(list)) throw refuse(METHOD, 'userList', 'must be a list of uuids');
  if (list.length === 0) {
    throw refuse(METHOD, 'userList', 'must list at least one uuid (got 0)');
  }
  const issues: FieldIssue[] = [];
  list.forEach((uuid, index) => {
    const checked = uidSchema.safeParse(uuid);
    if (checked.success) return;
    for (const issue of toFieldIssues(checked.error)) {
      issues.push({ field: `userList.${index}`, message: issue.message });
    }
  });
  if (issues.length > 0) throw new ValidationError(issues, METHOD);
  return list as string[];
}
