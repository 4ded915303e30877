/**
 * The deprecated CloudBase `EndUser` calls (`getEndUserList`, `createEndUser`, `modifyEndUser`,
 * `updateEndUser`, `setEndUserStatus`, `deleteEndUsers`) with their old signatures and result
 * shapes, mapped onto the new user-management calls of `@org/tcb-user-client`. Old code changes
 * only its import line.
 *
 * @example
 * ```ts
 * import { CloudBase } from '@org/tcb-user-legacy-compat';
 *
 * const app = CloudBase.init({ secretId, secretKey, envId });
 * const { User } = await app.user.createEndUser({ username: 'alice', password: 'Abc@12345' });
 * await app.user.setEndUserStatus({ uuid: User.UUId, status: 'DISABLE' });
 * ```
 */

export type {
  BulkDeleteResult,
  CallOptions,
  CloudBaseOptions,
  ErrorHookContext,
  FailedDeleteBatch,
  Logger,
  LogLevel,
  RequestHookContext,
  RequestHooks,
  ResponseHookContext,
  TcbResult,
  TcbUserClient,
  TcbUserErrorKind,
  TransportErrorReason,
  User,
} from '@org/tcb-user-client';
export {
  ApiError,
  isApiError,
  isTcbUserError,
  isTransportError,
  isValidationError,
  TcbUserError,
  TransportError,
  ValidationError,
} from '@org/tcb-user-client';
export { CloudBase } from './cloud-base.js';
export type { EndUserInfo, EndUserInfoExtras } from './end-user-info.js';
export { toEndUserInfo } from './end-user-info.js';
export type { EndUserStatus } from './end-user-status.js';
export type {
  LegacyCloudBaseOptions,
  LegacyLogger,
  LegacyOptions,
  UnmappedFieldPolicy,
} from './legacy-options.js';
export type {
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
export type {
  LegacyUserCalls,
  LegacyUserModule,
  UpdateEndUserCallOptions,
} from './legacy-user-module.js';
export type { PartialDeleteOutcome } from './partial-delete-error.js';
export { isPartialDeleteError, PartialDeleteError } from './partial-delete-error.js';
