/**
 * The Tencent Cloud error codes the user-management actions answer with, by short name.
 * Callers branch on these codes, never on messages.
 */
export const TCB_ERROR_CODES = {
  InvalidAuthorization: 'AuthFailure.InvalidAuthorization',
  SignatureFailure: 'AuthFailure.SignatureFailure',
  SignatureExpire: 'AuthFailure.SignatureExpire',
  SecretIdNotFound: 'AuthFailure.SecretIdNotFound',
  InvalidAction: 'InvalidAction',
  NoSuchVersion: 'NoSuchVersion',
  MissingParameter: 'MissingParameter',
  UnknownParameter: 'UnknownParameter',
  InvalidParameter: 'InvalidParameter',
  InvalidParameterValue: 'InvalidParameterValue',
  ResourceNotFound: 'ResourceNotFound',
  DuplicatedData: 'FailedOperation.DuplicatedData',
  UserNotExist: 'ResourceNotFound.UserNotExist',
  RequestLimitExceeded: 'RequestLimitExceeded',
  RequestSizeLimitExceeded: 'RequestSizeLimitExceeded',
  InternalError: 'InternalError',
} as const;

/** One of the error codes in `TCB_ERROR_CODES`. */
export type TcbErrorCode = (typeof TCB_ERROR_CODES)[keyof typeof TCB_ERROR_CODES];

// Spelled out rather than read from the table, so that a bundle using only this check can
// leave the table out.
const retryable: ReadonlySet<string> = new Set<TcbErrorCode>([
  'RequestLimitExceeded',
  'InternalError',
]);

/** Tells whether an answer with this code may succeed when the same request is sent again. */
export function isRetryableErrorCode(code: string): boolean {
  return retryable.has(code);
}
