import type { CallOptions, TcbUserClient } from '@org/tcb-user-client';
import type { UnmappedFieldPolicy } from './legacy-options.js';
import type {
  CreateEndUserOptions,
  CreateEndUserResult,
  DeleteEndUsersOptions,
  GetEndUserListOptions,
  GetEndUserListResult,
  LegacyResult,
  ModifyEndUserOptions,
  SetEndUserStatusOptions,
  UpdateEndUserOptions,
} from './legacy-results.js';

/** Per-call options of `updateEndUser`: the client's call options plus the field policy. */
export interface UpdateEndUserCallOptions extends CallOptions {
  /** Overrides the app's `legacy.unmappedFields` for this call. */
  unmappedFields?: UnmappedFieldPolicy;
}

/**
 * The deprecated `EndUser` calls of `@cloudbase/manager-node`, with their old signatures and
 * result shapes, each mapped onto the new calls. The optional second argument is the client's
 * per-call options (`signal`, `timeoutMs`, `maxRetries`).
 */
export interface LegacyUserCalls {
  /**
   * Lists the users of the window `[offset, offset + limit)`, oldest first, with the total.
   * Any offset and limit work; the fewest `describeUserList` pages that cover the window are
   * fetched.
   *
   * @deprecated Use `describeUserList({ pageNo, pageSize })` (`Data.UserList` of `User`) or
   * `iterateUsers()`.
   */
  getEndUserList(
    options?: GetEndUserListOptions,
    call?: CallOptions,
  ): Promise<GetEndUserListResult>;
  /**
   * Creates a user with a name and a password; resolves to the new user in the old shape.
   * A password that met the old rule but not the new one is refused with the new rule spelled out.
   *
   * @deprecated Use `createUser({ name, password })`, which resolves to `Data.Uid`.
   */
  createEndUser(options: CreateEndUserOptions, call?: CallOptions): Promise<CreateEndUserResult>;
  /**
   * Changes a user's account name and/or password.
   *
   * @deprecated Use `modifyUser({ uid, name, password })`.
   */
  modifyEndUser(options: ModifyEndUserOptions, call?: CallOptions): Promise<LegacyResult>;
  /**
   * Changes a user's nickname and avatar. `gender`, `country`, `province` and `city` have no
   * new home: the `unmappedFields` policy warns (default), ignores or throws.
   *
   * @deprecated Use `modifyUser({ uid, nickName, avatarUrl })`.
   */
  updateEndUser(
    options: UpdateEndUserOptions,
    call?: UpdateEndUserCallOptions,
  ): Promise<LegacyResult>;
  /**
   * Enables (`ENABLE` → `ACTIVE`) or disables (`DISABLE` → `BLOCKED`) a user.
   *
   * @deprecated Use `modifyUser({ uid, userStatus: 'ACTIVE' | 'BLOCKED' })`.
   */
  setEndUserStatus(options: SetEndUserStatusOptions, call?: CallOptions): Promise<LegacyResult>;
  /**
   * Deletes any number of users, 100 per request. Unknown uids count as deleted. When some
   * users remain, it rejects with a `PartialDeleteError` listing them.
   *
   * @deprecated Use `deleteUsersInBatches(uids)` (any number) or `deleteUsers({ uids })` (1-100).
   */
  deleteEndUsers(options: DeleteEndUsersOptions, call?: CallOptions): Promise<LegacyResult>;
}

/** `app.user` of the shim: every call of the new client plus the deprecated calls. */
export interface LegacyUserModule extends TcbUserClient, LegacyUserCalls {}
