import type { BulkOptions } from '../bulk-options.js';
import type { Pacer } from '../create-pacer.js';
import { abortedError } from './aborted-error.js';

/**
 * Runs `work` after the pacer (if any) lets it start. An abort during the wait rejects with the
 * same `aborted` `TransportError` as an abort during the call.
 */
export async function paced<R>(
  options: BulkOptions,
  fallback: Pacer,
  action: string,
  work: () => Promise<R>,
): Promise<R> {
  const pacer = options.pacer === undefined ? fallback : options.pacer;
  await pacer?.wait(options.signal).catch((cause: unknown) => {
    throw options.signal?.aborted ? abortedError(action, cause) : cause;
  });
  return work();
}
