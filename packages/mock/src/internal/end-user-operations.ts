import { TCB_ERROR_CODES } from '@org/tcb-user-contract';
import { TcbServiceError } from '../service/tcb-service-error.js';
import type { DirectoryContext } from './directory-context.js';
import { createUser, deleteUsers, modifyUser } from './user-operations.js';
import { toEndUserInfo } from './user-views.js';
import { validateWire, type WireParams } from './wire-validation.js';

/** Profile keys of `ModifyEndUserInfo` and the `ModifyUser` field each one maps onto. */
const PROFILE_KEYS: Readonly<Record<string, string>> = {
  // The old profile called the display name `Name` (manager-node's updateEndUser sends it so).
  name: 'NickName',
  nickname: 'NickName',
  avatarurl: 'AvatarUrl',
  email: 'Email',
  phone: 'Phone',
  description: 'Description',
};

/** Keys the old profile had that the new user model has no field for. */
const DROPPED_KEYS: ReadonlySet<string> = new Set(['gender', 'country', 'province', 'city']);

/** `DescribeEndUsers` → `DescribeUserList`, by offset and limit instead of pages. */
export async function describeEndUsers(
  ctx: DirectoryContext,
  request: WireParams<'DescribeEndUsers'>,
) {
  const offset = request.Offset ?? 0;
  const limit = request.Limit ?? 20;
  const uids = request.UUIds && request.UUIds.length > 0 ? request.UUIds : undefined;
  const page = await ctx.storage.list(request.EnvId, {
    offset,
    limit,
    ...(uids ? { uids } : {}),
  });
  return { Total: page.total, Users: page.users.map(toEndUserInfo) };
}

/** `CreateEndUserAccount` → `CreateUser`, checked with the new name and password rules. */
export async function createEndUserAccount(
  ctx: DirectoryContext,
  request: WireParams<'CreateEndUserAccount'>,
) {
  const mapped = validateWire(
    'CreateUser',
    { EnvId: request.EnvId, Name: request.Username, Password: request.Password },
    { Name: 'Username' },
  );
  const { Uid } = await createUser(ctx, mapped);
  const user = await ctx.storage.get(request.EnvId, Uid);
  if (!user) throw new TcbServiceError(TCB_ERROR_CODES.InternalError, 'The new user vanished');
  return { User: toEndUserInfo(user) };
}

/** `ModifyEndUserAccount` → `ModifyUser` with `Name` and `Password`. */
export async function modifyEndUserAccount(
  ctx: DirectoryContext,
  request: WireParams<'ModifyEndUserAccount'>,
) {
  const params: Record<string, unknown> = { EnvId: request.EnvId, Uid: request.Uuid };
  if (request.Username !== undefined) params.Name = request.Username;
  if (request.Password !== undefined) params.Password = request.Password;
  const mapped = validateWire('ModifyUser', params, { Uid: 'Uuid', Name: 'Username' });
  await modifyUser(ctx, mapped);
  return {};
}

/**
 * `ModifyEndUserInfo` → `ModifyUser`. Known profile keys map onto user fields; gender, country,
 * province and city have no field any more and are dropped with a warning; any other key is
 * refused rather than ignored.
 */
export async function modifyEndUserInfo(
  ctx: DirectoryContext,
  request: WireParams<'ModifyEndUserInfo'>,
) {
  const params: Record<string, unknown> = { EnvId: request.EnvId, Uid: request.UUId };
  const rename: Record<string, string> = { Uid: 'UUId' };
  for (const [index, { Key, Value }] of request.Data.entries()) {
    // A pair without a value is an option the caller did not give: nothing to change or lose.
    if (Value === undefined) continue;
    const key = Key.toLowerCase();
    const field = PROFILE_KEYS[key];
    if (field) {
      params[field] = Value;
      rename[field] = `Data.${index}.Value`;
    } else if (DROPPED_KEYS.has(key)) {
      ctx.logger.warn(
        `[tcb-user-mock] ModifyEndUserInfo: the new user model has no ${Key}; dropped`,
      );
    } else {
      throw new TcbServiceError(
        TCB_ERROR_CODES.InvalidParameterValue,
        `Data.${index}.Key: ${Key} is not a profile key (use nickName, avatarUrl, email, phone or description)`,
      );
    }
  }
  await modifyUser(ctx, validateWire('ModifyUser', params, rename));
  return {};
}

/** `ModifyEndUser` → `ModifyUser`: `ENABLE` becomes `ACTIVE`, `DISABLE` becomes `BLOCKED`. */
export async function modifyEndUser(ctx: DirectoryContext, request: WireParams<'ModifyEndUser'>) {
  const userStatus = request.Status === 'ENABLE' ? 'ACTIVE' : 'BLOCKED';
  const mapped = validateWire(
    'ModifyUser',
    { EnvId: request.EnvId, Uid: request.UUId, UserStatus: userStatus },
    { Uid: 'UUId' },
  );
  await modifyUser(ctx, mapped);
  return {};
}

/** `DeleteEndUser` → `DeleteUsers`; the old action answered nothing but a request id. */
export async function deleteEndUser(ctx: DirectoryContext, request: WireParams<'DeleteEndUser'>) {
  await deleteUsers(ctx, { EnvId: request.EnvId, Uids: request.UserList });
  return {};
}
