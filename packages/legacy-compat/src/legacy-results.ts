import type { EndUserInfo } from './end-user-info.js';
import type { EndUserStatus } from './end-user-status.js';

/** What the old calls that change something resolve to. */
export interface LegacyResult {
  /** The request id of the new call that did the work (the first one when there were several). */
  RequestId: string;
}

/** Options of `getEndUserList`. */
export interface GetEndUserListOptions {
  /** How many users to return; any whole number from 1 (over 100 is fine). Default: 20. */
  limit?: number;
  /** How many users to skip, oldest first; any whole number from 0. Default: 0. */
  offset?: number;
}

/** What `getEndUserList` resolves to. */
export interface GetEndUserListResult extends LegacyResult {
  /** Number of users in the environment. */
  Total: number;
  /** The users of the window `[offset, offset + limit)`, oldest first. */
  Users: EndUserInfo[];
}

/** Options of `createEndUser`. */
export interface CreateEndUserOptions {
  /** The account name (the new `name`). */
  username: string;
  /** The password; it must meet the new, stricter rule. */
  password: string;
}

/** What `createEndUser` resolves to. */
export interface CreateEndUserResult extends LegacyResult {
  /** The new user, built from the inputs and the new uid. */
  User: EndUserInfo;
}

/** Options of `modifyEndUser`. An absent or blank field is left unchanged. */
export interface ModifyEndUserOptions {
  /** The user's uid. */
  uuid: string;
  /** New account name. */
  username?: string;
  /** New password; it must meet the new, stricter rule. */
  password?: string;
}

/**
 * Options of `updateEndUser`. An absent field is left unchanged; `''` clears `nickName` or
 * `avatarUrl`. `gender`, `country`, `province` and `city` have no new home (see
 * `UnmappedFieldPolicy`).
 */
export interface UpdateEndUserOptions {
  /** The user's uid. */
  uuid: string;
  /** Display name (the new `nickName`). */
  nickName?: string;
  /** Avatar URL (the new `avatarUrl`). */
  avatarUrl?: string;
  /** Not stored by the new API. */
  gender?: string;
  /** Not stored by the new API. */
  country?: string;
  /** Not stored by the new API. */
  province?: string;
  /** Not stored by the new API. */
  city?: string;
}

/** Options of `setEndUserStatus`. */
export interface SetEndUserStatusOptions {
  /** The user's uid. */
  uuid: string;
  /** `ENABLE` (new `ACTIVE`) or `DISABLE` (new `BLOCKED`). */
  status: EndUserStatus;
}

/** Options of `deleteEndUsers`. */
export interface DeleteEndUsersOptions {
  /** Uids to delete: at least one, any number (sent 100 per request). */
  userList: readonly string[];
}
