import type { TcbErrorCode } from './error-codes.js';

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
