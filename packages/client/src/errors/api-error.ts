import { brandOf, TcbUserError } from './tcb-user-error.js';

/**
 * The service answered with an error envelope. `code` is the Tencent Cloud error code (such as
 * `FailedOperation.DuplicatedData`); `serviceMessage` is the service's own words.
 */
export class ApiError extends TcbUserError {
  override readonly name = 'ApiError';
  /** Request id the service gave the failed call. */
  readonly requestId: string;
  /** The action that failed, such as `CreateUser`. */
  readonly action: string;
  /** The message exactly as the service sent it. */
  readonly serviceMessage: string;

  constructor(input: { code: string; message: string; requestId: string; action: string }) {
    super('api', input.code, `${input.action} failed with ${input.code}: ${input.message}`);
    this.requestId = input.requestId;
    this.action = input.action;
    this.serviceMessage = input.message;
  }
}

/** Tells whether a value is an `ApiError` (the service refused the call). */
export function isApiError(value: unknown): value is ApiError {
  return brandOf(value) === 'api';
}
