/**
 * The Tencent CloudBase user-management SDK for browsers and other Web runtimes: Web Crypto
 * signing, `fetch` transport, no `node:` imports. Same API as the Node build.
 *
 * @example
 * ```ts
 * import { createTcbUserClient } from '@org/tcb-user-client';
 *
 * const client = createTcbUserClient({ secretId, secretKey, envId, endpoint: '/tcb/' });
 * const { Data } = await client.describeUserList({ pageSize: 10 });
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
export type { BulkOptions } from '../bulk-options.js';
export type { CallOptions, FetchLike, TcbUserClientOptions } from '../client-options.js';
export type { Pacer, PacerOptions } from '../create-pacer.js';
export { createPacer } from '../create-pacer.js';
export type { BulkDeleteResult, FailedDeleteBatch } from '../delete-users-in-batches.js';
export { ApiError, isApiError } from '../errors/api-error.js';
export type { TcbUserErrorKind, TcbUserErrorOptions } from '../errors/tcb-user-error.js';
export { isTcbUserError, TcbUserError } from '../errors/tcb-user-error.js';
export type { TransportErrorReason } from '../errors/transport-error.js';
export { isTransportError, TransportError } from '../errors/transport-error.js';
export { isValidationError, ValidationError } from '../errors/validation-error.js';
export type { UsersByUid } from '../get-users-by-uid.js';
export type {
  ErrorHookContext,
  RequestHookContext,
  RequestHooks,
  ResponseHookContext,
} from '../hooks.js';
export type { CloudBaseOptions } from '../internal/cloud-base-core.js';
export type { IterateUsersOptions } from '../iterate-users.js';
export type { LogFields, Logger, LogLevel } from '../logger.js';
export type { TcbResult, TcbUserClient } from '../tcb-user-client.js';
export { CloudBase } from './cloud-base.js';
export { createTcbUserClient } from './create-tcb-user-client.js';
