import type { CallOptions } from '@org/tcb-user-client';
import { toUserStatus } from '../end-user-status.js';
import type { LegacyResult, SetEndUserStatusOptions } from '../legacy-results.js';
import { inOldTerms, refuse } from './in-old-terms.js';
import type { LegacyContext } from './legacy-context.js';
import { refuseUnknownKeys } from './refuse-unknown-keys.js';

const METHOD = 'setEndUserStatus';

/** `setEndUserStatus` over `modifyUser`: `ENABLE` → `ACTIVE`, `DISABLE` → `BLOCKED`. */
export async function setEndUserStatus(
  ctx: LegacyContext,
  options: SetEndUserStatusOptions,
  call: CallOptions,
): Promise<LegacyResult> {
  refuseUnknownKeys(METHOD, options, ['uuid', 'status']);
  const { uuid, status } = options ?? ({} as SetEndUserStatusOptions);
  const userStatus = toUserStatus(status);
  if (!userStatus) {
    throw refuse(METHOD, 'status', "must be 'ENABLE' or 'DISABLE' (the new ACTIVE or BLOCKED)");
  }
  try {
    const answer = await ctx.client.modifyUser({ uid: uuid, userStatus }, call);
    return { RequestId: answer.RequestId };
  } catch (error) {
    throw inOldTerms(error, METHOD, { uid: 'uuid', userStatus: 'status' });
  }
}
