/**
 * The Tencent CloudBase user-management SDK: `createUser`, `describeUserList`, `modifyUser` and
 * `deleteUsers` with TC3 signing, validation before sending, retries, typed errors and bulk
 * helpers. `CloudBase.init(...)` runs `@cloudbase/manager-node`'s user samples unchanged.
 *
 * @example
 * ```ts
 * import { createTcbUserClient } from '@org/tcb-user-client';
 *
 * const client = createTcbUserClient({ envId: 'my-env' }); // keys from TENCENTCLOUD_*
 * const { RequestId, Data } = await client.createUser({ name: 'alice', password: 'Abc@12345' });
 * ```
 */

export type {
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
export type { BulkOptions } from './bulk-options.js';
export type { CallOptions, FetchLike, TcbUserClientOptions } from './client-options.js';
export { CloudBase } from './cloud-base.js';
export type { Pacer, PacerOptions } from './create-pacer.js';
export { createPacer } from './create-pacer.js';
export { createTcbUserClient } from './create-tcb-user-client.js';
export type { BulkDeleteResult, FailedDeleteBatch } from './delete-users-in-batches.js';
export { ApiError, isApiError } from './errors/api-error.js';
export type { TcbUserErrorKind, TcbUserErrorOptions } from './errors/tcb-user-error.js';
export { isTcbUserError, TcbUserError } from './errors/tcb-user-error.js';
export type { TransportErrorReason } from './errors/transport-error.js';
export { isTransportError, TransportError } from './errors/transport-error.js';
export { isValidationError, ValidationError } from './errors/validation-error.js';
export type { UsersByUid } from './get-users-by-uid.js';
export type {
  ErrorHookContext,
  RequestHookContext,
  RequestHooks,
  ResponseHookContext,
} from './hooks.js';
export type { CloudBaseOptions } from './internal/cloud-base-core.js';
export type { IterateUsersOptions } from './iterate-users.js';
export type { LogFields, Logger, LogLevel } from './logger.js';
export type { TcbResult, TcbUserClient } from './tcb-user-client.js';
