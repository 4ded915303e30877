/**
 * The single source of truth for the Tencent CloudBase user-management API: zod schemas for
 * every action's wire request and result, the SDK options of the new calls with every
 * validation rule, the ts-rest router, error codes and per-action metadata.
 *
 * @example
 * ```ts
 * import {
 *   createUserOptionsSchema,
 *   formatFieldIssues,
 *   toFieldIssues,
 * } from '@org/tcb-user-contract';
 *
 * const result = createUserOptionsSchema.safeParse({ name: 'ada', phone: '123' });
 * if (!result.success) console.log(formatFieldIssues(toFieldIssues(result.error)));
 * // phone: must be an 11-digit mainland number: 1 followed by 10 digits
 * ```
 *
 * The ts-rest router lives in its own entry, `@org/tcb-user-contract/router`, so that code which
 * only validates does not load ts-rest.
 */
export type { ActionInfo, DeprecatedUserAction, NewUserAction, UserAction } from './actions.js';
export { ACTION_INFO, DEPRECATED_USER_ACTIONS, isUserAction, NEW_USER_ACTIONS } from './actions.js';
export type { TcbErrorCode } from './error-codes.js';
export { isRetryableErrorCode, TCB_ERROR_CODES } from './error-codes.js';
export { TCB_ERROR_MEANINGS } from './error-meanings.js';
export type { FieldIssue, ParameterProblem } from './issues.js';
export { classifyParameterIssues, formatFieldIssues, toFieldIssues } from './issues.js';
export type { CreateUserOptions } from './options/create-user-options.js';
export { createUserOptionsSchema } from './options/create-user-options.js';
export type { DeleteUsersOptions } from './options/delete-users-options.js';
export { deleteUsersOptionsSchema } from './options/delete-users-options.js';
export type {
  DescribeUserListOptions,
  UserFilter,
} from './options/describe-user-list-options.js';
export { describeUserListOptionsSchema } from './options/describe-user-list-options.js';
export type { ModifyUserOptions } from './options/modify-user-options.js';
export {
  MODIFY_CLEARED_WHEN_EMPTY,
  MODIFY_UNCHANGED_WHEN_EMPTY,
  modifyUserOptionsSchema,
} from './options/modify-user-options.js';
export { countCodePoints } from './rules/count-code-points.js';
export { emptyOr } from './rules/empty-or.js';
export {
  avatarUrlSchema,
  descriptionSchema,
  emailSchema,
  envIdSchema,
  filterTextSchema,
  nickNameSchema,
  PHONE_PATTERN,
  pageNoSchema,
  pageSizeSchema,
  passwordSchema,
  phoneSchema,
  USER_NAME_PATTERN,
  uidBatchSchema,
  uidFilterSchema,
  uidSchema,
  userNameSchema,
  userStatusSchema,
  userTypeSchema,
} from './rules/field-schemas.js';
export {
  TCB_API_VERSION,
  TCB_PUBLIC_ENDPOINT,
  TCB_SERVICE,
  TCB_USER_LIMITS,
} from './rules/limits.js';
export {
  explainPasswordProblem,
  PASSWORD_RULE_TEXT,
  PASSWORD_SPECIAL_CHARACTERS,
} from './rules/password-rule.js';
export type { HashProvider } from './signing/hash-provider.js';
export { toHex, utf8 } from './signing/hash-provider.js';
export type { Tc3Authorization } from './signing/parse-authorization.js';
export { parseTc3Authorization } from './signing/parse-authorization.js';
export type { Tc3Signature, Tc3SignInput } from './signing/tc3-signature.js';
export {
  canonicalizeHeaders,
  deriveTc3SigningKey,
  signTc3,
  TC3_ALGORITHM,
  utcDateOf,
} from './signing/tc3-signature.js';
export { webCryptoHashProvider } from './signing/web-crypto-hash-provider.js';
export { toWireKey, toWireRequest } from './to-wire-request.js';
export type {
  CreateEndUserAccountRequest,
  DeleteEndUserRequest,
  DescribeEndUsersRequest,
  ModifyEndUserAccountRequest,
  ModifyEndUserInfoRequest,
  ModifyEndUserRequest,
} from './wire/end-user-actions.js';
export {
  createEndUserAccountRequestSchema,
  createEndUserAccountResultShape,
  deleteEndUserRequestSchema,
  describeEndUsersRequestSchema,
  describeEndUsersResultShape,
  emptyResultShape,
  modifyEndUserAccountRequestSchema,
  modifyEndUserInfoRequestSchema,
  modifyEndUserRequestSchema,
} from './wire/end-user-actions.js';
export type { EndUserInfo } from './wire/end-user-info.js';
export { endUserInfoSchema } from './wire/end-user-info.js';
export type { ErrorEnvelope } from './wire/envelope.js';
export {
  answerSchema,
  apiErrorBodySchema,
  dataEnvelopeSchema,
  errorEnvelopeSchema,
  flatEnvelopeSchema,
} from './wire/envelope.js';
export type { User } from './wire/models.js';
export { userSchema } from './wire/models.js';
export type {
  CreateUserData,
  DeleteUsersData,
  DescribeUserListData,
  ModifyUserData,
} from './wire/user-action-data.js';
export {
  createUserDataSchema,
  deleteUsersDataSchema,
  describeUserListDataSchema,
  modifyUserDataSchema,
} from './wire/user-action-data.js';
export type {
  CreateUserRequest,
  DeleteUsersRequest,
  DescribeUserListRequest,
  ModifyUserRequest,
} from './wire/user-action-requests.js';
export {
  createUserRequestSchema,
  deleteUsersRequestSchema,
  describeUserListRequestSchema,
  modifyUserRequestSchema,
} from './wire/user-action-requests.js';
export { WIRE_REQUEST_SCHEMAS } from './wire/wire-request-schemas.js';
