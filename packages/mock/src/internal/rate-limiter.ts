/** Admits at most `perSecond(action)` requests of each action in any one-second window. */
export interface RateLimiter {
  /** Records a request and tells whether it is within the limit. */
  admit(action: string): boolean;
}

/** Creates a sliding-window rate limiter per action. */
export function createRateLimiter(
  perSecond: (action: string) => number,
  now: () => number,
): RateLimiter {
  const recent = new Map<string, number[]>();
  return {
    admit(action) {
      const at = now();
      const times = (recent.get(action) ?? []).filter((time) => at - time < 1000);
      recent.set(action, times);
      if (times.length >= perSecond(action)) return false;
      times.push(at);
      return true;
    },
  };
}
