import { TCB_USER_LIMITS } from '@org/tcb-user-contract';

/** Options of `createPacer`. */
export interface PacerOptions {
  /**
   * Most requests started in any one-second window. Default: 20, the service's limit per action.
   */
  requestsPerSecond?: number;
  /** Length of the window in ms. Default: 1000. */
  windowMs?: number;
}

/** Spaces out work: `wait()` resolves when one more request may start. */
export interface Pacer {
  /** Resolves when a request may start; rejects with the signal's reason if it aborts first. */
  wait(signal?: AbortSignal): Promise<void>;
}

/**
 * Creates a pacer that lets at most `requestsPerSecond` requests start in any sliding window,
 * so bulk work stays under the service's rate limit. One pacer can be shared by many loops.
 *
 * @example
 * ```ts
 * const pacer = createPacer({ requestsPerSecond: 20 });
 * for (const uid of uids) {
 *   await pacer.wait();
 *   await client.modifyUser({ uid, userStatus: 'BLOCKED' });
 * }
 * ```
 */
export function createPacer(options: PacerOptions = {}): Pacer {
  const limit = options.requestsPerSecond ?? TCB_USER_LIMITS.rateLimitPerSecond;
  const windowMs = options.windowMs ?? 1000;
  if (!Number.isFinite(limit) || limit < 1)
    throw new RangeError('requestsPerSecond must be at least 1');
  const starts: number[] = [];
  let tail = Promise.resolve();
  const next = async (signal?: AbortSignal) => {
    for (;;) {
      signal?.throwIfAborted();
      const now = Date.now();
      while (starts.length > 0 && (starts[0] ?? 0) <= now - windowMs) starts.shift();
      if (starts.length < limit) {
        starts.push(now);
        return;
      }
      await delay((starts[0] ?? now) + windowMs - now, signal);
    }
  };
  return {
    wait(signal) {
      // Waiters queue in order, so a burst is let through first come, first served.
      const turn = tail.then(() => next(signal));
      tail = turn.catch(() => {});
      return turn;
    },
  };
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, Math.max(0, ms));
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
