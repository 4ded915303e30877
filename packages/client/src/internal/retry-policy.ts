import { isRetryableErrorCode, type TcbErrorCode } from '@org/tcb-user-contract';
import { isApiError } from '../errors/api-error.js';
import { isTransportError } from '../errors/transport-error.js';

// A literal checked against the contract's code type, so the bundle needs no code table.
const SIGNATURE_EXPIRE: TcbErrorCode = 'AuthFailure.SignatureExpire';

/** Whether a failed attempt may be sent again, and how. */
export type RetryDecision = 'backoff' | 'resync-clock' | 'stop';

/**
 * Decides what to do after a failed attempt. Retried with backoff: network failures, timeouts,
 * non-envelope answers, `RequestLimitExceeded` and `InternalError`, but only for calls that are
 * safe to repeat. `AuthFailure.SignatureExpire` is retried once after correcting the clock: the
 * service refused it before acting, so even a create is safe.
 */
export function decideRetry(
  error: unknown,
  safeToRepeat: boolean,
  clockResynced: boolean,
): RetryDecision {
  if (isApiError(error)) {
    if (error.code === SIGNATURE_EXPIRE) return clockResynced ? 'stop' : 'resync-clock';
    return safeToRepeat && isRetryableErrorCode(error.code) ? 'backoff' : 'stop';
  }
  if (isTransportError(error))
    return safeToRepeat && error.reason !== 'aborted' ? 'backoff' : 'stop';
  return 'stop';
}

/**
 * Exponential backoff with full jitter: a random delay between 0 and
 * `min(maxMs, baseMs * 2^(retry-1))`.
 */
export function backoffDelayMs(
  retry: number,
  baseMs: number,
  maxMs: number,
  random = Math.random,
): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * cap);
}

/**
 * Reads the server's Unix time from a `SignatureExpire` message, which ends with it (the
 * service writes the current server time as the last number). `undefined` when absent.
 */
export function serverTimeFromMessage(message: string): number | undefined {
  const match = /(\d{9,11})\D*$/.exec(message);
  return match?.[1] ? Number(match[1]) : undefined;
}
