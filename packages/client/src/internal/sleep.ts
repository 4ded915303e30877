import { abortedError } from './aborted-error.js';

/** Waits `ms`, or rejects with an `aborted` `TransportError` when a signal fires first. */
export function sleep(
  ms: number,
  action: string,
  signals: readonly (AbortSignal | undefined)[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const live = signals.filter((s): s is AbortSignal => s !== undefined);
    // A listener added to a signal that already fired is never called: check it first.
    if (live.some((s) => s.aborted)) return reject(abortedError(action));
    const onAbort = () => {
      clearTimeout(timer);
      for (const s of live) s.removeEventListener('abort', onAbort);
      reject(abortedError(action));
    };
    const timer = setTimeout(() => {
      for (const s of live) s.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    for (const s of live) s.addEventListener('abort', onAbort, { once: true });
  });
}
