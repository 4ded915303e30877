import { TransportError } from '../errors/transport-error.js';

/** Waits `ms`, or rejects with an `aborted` `TransportError` when a signal fires first. */
export function sleep(
  ms: number,
  action: string,
  signals: readonly (AbortSignal | undefined)[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const live = signals.filter((s): s is AbortSignal => s !== undefined);
    const onAbort = () => {
      clearTimeout(timer);
      for (const s of live) s.removeEventListener('abort', onAbort);
      reject(new TransportError({ reason: 'aborted', action, message: 'aborted by the caller' }));
    };
    const timer = setTimeout(() => {
      for (const s of live) s.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    for (const s of live) s.addEventListener('abort', onAbort, { once: true });
  });
}
