import type { CallOptions, ModifyUserOptions } from '@org/tcb-user-client';
import type { LegacyResult, ModifyEndUserOptions } from '../legacy-results.js';
import { explainRefusedPassword } from './explain-password.js';
import { inOldTerms, refuse } from './in-old-terms.js';
import type { LegacyContext } from './legacy-context.js';
import { refuseUnknownKeys } from './refuse-unknown-keys.js';

const METHOD = 'modifyEndUser';

/**
 * `modifyEndUser` over `modifyUser`: `uuid` → `uid`, `username` → `name`, `password` as is. As
 * in the old SDK, an absent or blank username or password leaves it unchanged.
 */
export async function modifyEndUser(
  ctx: LegacyContext,
  options: ModifyEndUserOptions,
  call: CallOptions,
): Promise<LegacyResult> {
  refuseUnknownKeys(METHOD, options, ['uuid', 'username', 'password']);
  const { uuid, username, password } = options ?? ({} as ModifyEndUserOptions);
  const patch: ModifyUserOptions = { uid: uuid };
  if (isGiven(username)) patch.name = username;
  if (isGiven(password)) {
    const problem = typeof password === 'string' ? explainRefusedPassword(password) : undefined;
    if (problem) throw refuse(METHOD, 'password', problem);
    patch.password = password;
  }

  try {
    const answer = await ctx.client.modifyUser(patch, call);
    return { RequestId: answer.RequestId };
  } catch (error) {
    throw inOldTerms(error, METHOD, { uid: 'uuid', name: 'username' });
  }
}

/** The old SDK sent a username or password only when it was a non-blank string. */
function isGiven(value: unknown): value is string {
  if (value === undefined || value === null) return false;
  // A non-string goes on, so that the client's validation names it.
  return typeof value !== 'string' || value.trim() !== '';
}
