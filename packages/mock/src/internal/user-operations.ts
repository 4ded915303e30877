import {
  type CreateUserData,
  type DeleteUsersData,
  type DescribeUserListData,
  type ModifyUserData,
  TCB_ERROR_CODES,
  TCB_USER_LIMITS,
} from '@org/tcb-user-contract';
import { newStoredUser } from '../directory/new-stored-user.js';
import type { UserPatch, UserQuery, WriteOutcome } from '../directory/user-storage.js';
import { TcbServiceError } from '../service/tcb-service-error.js';
import type { DirectoryContext } from './directory-context.js';
import { hashPassword } from './password-hash.js';
import { toWireUser } from './user-views.js';
import type { WireParams } from './wire-validation.js';

const wireNames = { uid: 'Uid', name: 'Name', phone: 'Phone', email: 'Email' } as const;

/** Turns a refused write into the error the service answers. */
export function refusal(outcome: Exclude<WriteOutcome, { ok: true }>, uid: string): never {
  if (outcome.reason === 'missing') {
    throw new TcbServiceError(TCB_ERROR_CODES.UserNotExist, `No user has the Uid ${uid}`);
  }
  const field = wireNames[outcome.field];
  throw new TcbServiceError(
    TCB_ERROR_CODES.DuplicatedData,
    `${field} is already used by another user of this environment`,
  );
}

/** `CreateUser`: applies the defaults, hashes the password, inserts; answers the uid. */
export async function createUser(
  ctx: DirectoryContext,
  request: WireParams<'CreateUser'>,
): Promise<CreateUserData> {
  const user = newStoredUser(
    {
      uid: request.Uid ?? globalThis.crypto.randomUUID(),
      name: request.Name,
      type: request.Type,
      userStatus: request.UserStatus,
      nickName: request.NickName,
      phone: request.Phone,
      email: request.Email,
      avatarUrl: request.AvatarUrl,
      description: request.Description,
      passwordHash: request.Password
        ? await hashPassword(request.Password, ctx.passwordIterations)
        : undefined,
    },
    ctx.now(),
  );
  const outcome = await ctx.storage.insert(request.EnvId, user);
  if (!outcome.ok) refusal(outcome, user.uid);
  return { Uid: user.uid };
}

/** Builds the storage query of `DescribeUserList`, leaving absent filters out. */
export function toUserQuery(request: WireParams<'DescribeUserList'>): UserQuery {
  const pageNo = request.PageNo ?? 1;
  const pageSize = request.PageSize ?? TCB_USER_LIMITS.defaultPageSize;
  const query: UserQuery = { offset: (pageNo - 1) * pageSize, limit: pageSize };
  if (request.Name !== undefined) query.name = request.Name;
  if (request.NickName !== undefined) query.nickName = request.NickName;
  if (request.Phone !== undefined) query.phone = request.Phone;
  if (request.Email !== undefined) query.email = request.Email;
  // An empty UidList is read as "no uid filter", like an absent one.
  if (request.UidList && request.UidList.length > 0) query.uids = request.UidList;
  return query;
}

/** `DescribeUserList`: filters with AND, orders by creation, pages; answers the total too. */
export async function describeUserList(
  ctx: DirectoryContext,
  request: WireParams<'DescribeUserList'>,
): Promise<DescribeUserListData> {
  const page = await ctx.storage.list(request.EnvId, toUserQuery(request));
  return { Total: page.total, UserList: page.users.map(toWireUser) };
}

/**
 * Builds the patch of `ModifyUser`: `''` leaves `Name`, `Password`, `Type` and `UserStatus`
 * unchanged; any present value of the other fields, `''` included, replaces the stored one.
 */
async function toPatch(
  ctx: DirectoryContext,
  request: WireParams<'ModifyUser'>,
): Promise<UserPatch> {
  const patch: UserPatch = { updatedAt: ctx.now() };
  if (request.Name) patch.name = request.Name;
  if (request.Type) patch.type = request.Type;
  if (request.UserStatus) patch.userStatus = request.UserStatus;
  if (request.Password) {
    patch.passwordHash = await hashPassword(request.Password, ctx.passwordIterations);
  }
  if (request.NickName !== undefined) patch.nickName = request.NickName;
  if (request.Phone !== undefined) patch.phone = request.Phone;
  if (request.Email !== undefined) patch.email = request.Email;
  if (request.AvatarUrl !== undefined) patch.avatarUrl = request.AvatarUrl;
  if (request.Description !== undefined) patch.description = request.Description;
  return patch;
}

/** `ModifyUser`: applies the field rules in one atomic write. */
export async function modifyUser(
  ctx: DirectoryContext,
  request: WireParams<'ModifyUser'>,
): Promise<ModifyUserData> {
  const patch = await toPatch(ctx, request);
  const outcome = await ctx.storage.update(request.EnvId, request.Uid, patch);
  if (!outcome.ok) refusal(outcome, request.Uid);
  return { Success: true };
}

/** `DeleteUsers`: removes the uids that exist; the others count as failed, not as an error. */
export async function deleteUsers(
  ctx: DirectoryContext,
  request: WireParams<'DeleteUsers'>,
): Promise<DeleteUsersData> {
  const removable = request.Uids.filter((uid) => !ctx.failsDelete(uid));
  const removed = await ctx.storage.remove(request.EnvId, removable);
  return { SuccessCount: removed.length, FailedCount: request.Uids.length - removed.length };
}
