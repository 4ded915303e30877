import { type ModifyUserOptions, ValidationError } from '@org/tcb-user-client';
import type { UnmappedFieldPolicy } from '../legacy-options.js';
import type { LegacyResult, UpdateEndUserOptions } from '../legacy-results.js';
import type { UpdateEndUserCallOptions } from '../legacy-user-module.js';
import { inOldTerms } from './in-old-terms.js';
import type { LegacyContext } from './legacy-context.js';
import { refuseUnknownKeys } from './refuse-unknown-keys.js';

const METHOD = 'updateEndUser';

/** Profile fields of the old call that the new user model has no field for. */
export const UNMAPPED_FIELDS = ['gender', 'country', 'province', 'city'] as const;

/**
 * `updateEndUser` over `modifyUser`: `nickName` and `avatarUrl` are sent (absent: unchanged,
 * `''`: cleared). Non-empty `gender`, `country`, `province` or `city` values cannot be kept:
 * the policy warns, ignores or refuses the call before anything is sent.
 */
export async function updateEndUser(
  ctx: LegacyContext,
  options: UpdateEndUserOptions,
  call: UpdateEndUserCallOptions,
): Promise<LegacyResult> {
  const { unmappedFields = ctx.unmappedFields, ...callOptions } = call;
  refuseUnknownKeys(METHOD, options, ['uuid', 'nickName', 'avatarUrl', ...UNMAPPED_FIELDS]);
  const input = options ?? ({} as UpdateEndUserOptions);
  applyPolicy(ctx, input, unmappedFields);

  const patch: ModifyUserOptions = { uid: input.uuid };
  if (input.nickName !== undefined && input.nickName !== null) patch.nickName = input.nickName;
  if (input.avatarUrl !== undefined && input.avatarUrl !== null) patch.avatarUrl = input.avatarUrl;
  try {
    const answer = await ctx.client.modifyUser(patch, callOptions);
    return { RequestId: answer.RequestId };
  } catch (error) {
    throw inOldTerms(error, METHOD, { uid: 'uuid' });
  }
}

function applyPolicy(
  ctx: LegacyContext,
  input: UpdateEndUserOptions,
  policy: UnmappedFieldPolicy,
): void {
  const lost = UNMAPPED_FIELDS.filter((field) => {
    const value = input[field];
    return value !== undefined && value !== null && value !== '';
  });
  if (lost.length === 0 || policy === 'ignore') return;
  if (policy === 'throw') throw refuseUnmapped(lost);
  ctx.sink.warning(
    'TCB_USER_LEGACY_UNMAPPED_FIELDS',
    `updateEndUser: ${lost.join(', ')} not saved for user ${String(input.uuid)}: the new user ` +
      "model has no such field. Omit them, or set legacy.unmappedFields to 'ignore' or 'throw'.",
  );
}

function refuseUnmapped(lost: readonly string[]): ValidationError {
  const message =
    "has no field in the new user model, so it cannot be saved: omit it (or pass ''), or set " +
    "legacy.unmappedFields to 'warn' or 'ignore' to save the other fields without it";
  return new ValidationError(
    lost.map((field) => ({ field, message })),
    METHOD,
  );
}
