import type {
  CreateUserData,
  CreateUserOptions,
  DeleteUsersData,
  DeleteUsersOptions,
  DescribeUserListData,
  DescribeUserListOptions,
  ModifyUserData,
  ModifyUserOptions,
  User,
  UserFilter,
} from '@org/tcb-user-contract';
import type { BulkOptions } from './bulk-options.js';
import type { CallOptions } from './client-options.js';
import type { BulkDeleteResult } from './delete-users-in-batches.js';
import type { UsersByUid } from './get-users-by-uid.js';
import type { IterateUsersOptions } from './iterate-users.js';

/** The documented result of every call: the service's request id and the action's data. */
export interface TcbResult<D> {
  /** The service's id for the request; quote it when asking for support. */
  RequestId: string;
  /** The action's result. */
  Data: D;
}

/** A user-management client: the four documented calls plus bulk helpers. */
export interface TcbUserClient {
  /** Creates a user; resolves to `{ RequestId, Data: { Uid } }`. Not retried without a `uid`. */
  createUser(options: CreateUserOptions, call?: CallOptions): Promise<TcbResult<CreateUserData>>;
  /** Lists one page of users (default page 1 of 20); `Data` is `{ Total, UserList }`. */
  describeUserList(
    options?: DescribeUserListOptions,
    call?: CallOptions,
  ): Promise<TcbResult<DescribeUserListData>>;
  /** Changes a user; `''` leaves name, password, type and status unchanged and clears the rest. */
  modifyUser(options: ModifyUserOptions, call?: CallOptions): Promise<TcbResult<ModifyUserData>>;
  /** Deletes 1-100 users; `Data` is `{ SuccessCount, FailedCount }`. */
  deleteUsers(options: DeleteUsersOptions, call?: CallOptions): Promise<TcbResult<DeleteUsersData>>;
  /**
   * Yields every user matching the filter, oldest first, fetching pages with bounded concurrency.
   */
  iterateUsers(
    filter?: UserFilter,
    options?: IterateUsersOptions,
  ): AsyncGenerator<User, void, undefined>;
  /** Fetches users by uid, 100 per request: `{ users, notFound }`. */
  getUsersByUid(uids: readonly string[], options?: BulkOptions): Promise<UsersByUid>;
  /** Deletes any number of uids in batches of 100 and tells which uids remain. */
  deleteUsersInBatches(uids: readonly string[], options?: BulkOptions): Promise<BulkDeleteResult>;
}
