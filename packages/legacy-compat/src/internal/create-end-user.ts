import type { CallOptions } from '@org/tcb-user-client';
import { toEndUserInfo } from '../end-user-info.js';
import type { CreateEndUserOptions, CreateEndUserResult } from '../legacy-results.js';
import { explainRefusedPassword } from './explain-password.js';
import { inOldTerms, refuse } from './in-old-terms.js';
import type { LegacyContext } from './legacy-context.js';
import { refuseUnknownKeys } from './refuse-unknown-keys.js';

const METHOD = 'createEndUser';

/**
 * `createEndUser` over `createUser`. The answer's `User` is built from the inputs and the new
 * uid (a new user has no other field set), so no second request is made.
 */
export async function createEndUser(
  ctx: LegacyContext,
  options: CreateEndUserOptions,
  call: CallOptions,
): Promise<CreateEndUserResult> {
  refuseUnknownKeys(METHOD, options, ['username', 'password']);
  const { username, password } = options ?? ({} as CreateEndUserOptions);
  if (typeof password !== 'string' || password === '') {
    throw refuse(
      METHOD,
      'password',
      'is required: createEndUser creates a name-and-password account',
    );
  }
  const problem = explainRefusedPassword(password);
  if (problem) throw refuse(METHOD, 'password', problem);

  let created: Awaited<ReturnType<typeof ctx.client.createUser>>;
  try {
    created = await ctx.client.createUser({ name: username, password }, call);
  } catch (error) {
    throw inOldTerms(error, METHOD, { name: 'username' });
  }

  const user = {
    Uid: created.Data.Uid,
    Name: username,
    Type: 'internalUser',
    UserStatus: 'ACTIVE',
    NickName: '',
    Phone: '',
    Email: '',
    AvatarUrl: '',
    Description: '',
  };
  return { RequestId: created.RequestId, User: toEndUserInfo(user, { hasPassword: true }) };
}
