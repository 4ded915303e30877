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

/** What each error code means, in plain words, for docs and messages. */
export const TCB_ERROR_MEANINGS: Readonly<Record<TcbErrorCode, string>> = {
  'AuthFailure.InvalidAuthorization': 'bad or missing Authorization header, malformed credential',
  'AuthFailure.SignatureFailure': 'the signature does not match the request',
  'AuthFailure.SignatureExpire': 'the request timestamp is more than 300 s from server time',
  'AuthFailure.SecretIdNotFound': 'the SecretId is unknown',
  InvalidAction: 'the action is unknown or withdrawn',
  NoSuchVersion: 'the API version is wrong',
  MissingParameter: 'a required parameter is missing',
  UnknownParameter: 'a parameter is not defined for the action',
  InvalidParameter: 'a parameter has the wrong type, or the body cannot be parsed',
  InvalidParameterValue: 'a parameter value breaks a validation rule',
  ResourceNotFound: 'the environment is unknown',
  'FailedOperation.DuplicatedData': 'the name, phone, email or uid is already taken',
  'ResourceNotFound.UserNotExist': 'no user has that uid',
  RequestLimitExceeded: 'over the rate limit',
  RequestSizeLimitExceeded: 'the request body is over 10 MB',
  InternalError: 'an unexpected service error',
};

const retryable: ReadonlySet<string> = new Set([
  TCB_ERROR_CODES.RequestLimitExceeded,
  TCB_ERROR_CODES.InternalError,
]);

/** Tells whether an answer with this code may succeed when the same request is sent again. */
export function isRetryableErrorCode(code: string): boolean {
  return retryable.has(code);
}
