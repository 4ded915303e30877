import { TransportError } from '../errors/transport-error.js';

/** The `aborted` `TransportError` a call rejects with when the caller's signal fires. */
export function abortedError(action: string, cause?: unknown): TransportError {
  return new TransportError({ reason: 'aborted', action, message: 'aborted by the caller', cause });
}

/** Throws the `aborted` `TransportError` when the signal has already fired. */
export function throwIfAborted(action: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError(action);
}
