import type { RequestHooks, ResponseHookContext } from '@org/tcb-user-client';

/**
 * Learns the request ids of `DeleteUsers` answers through the client's `afterResponse` hook,
 * since `deleteUsersInBatches` reports counts and uids but no request id.
 */
export interface RequestIdRecorder {
  /** The client hooks to install: the caller's own hooks, plus the recorder. */
  hooks(own: RequestHooks | undefined): RequestHooks;
  /**
   * Runs a delete of `uids` and collects the request ids of the answered `DeleteUsers`
   * requests whose uids all belong to it (so concurrent deletes do not mix).
   */
  capture<T>(uids: readonly string[], run: () => Promise<T>): Promise<[T, string[]]>;
}

type Listener = (context: ResponseHookContext) => void;

/** Creates a recorder for one app. */
export function createRequestIdRecorder(): RequestIdRecorder {
  const listeners = new Set<Listener>();
  return {
    hooks: (own) => ({
      ...own,
      afterResponse(context) {
        for (const listener of listeners) listener(context);
        own?.afterResponse?.(context);
      },
    }),
    async capture(uids, run) {
      const mine = new Set(uids);
      const requestIds: string[] = [];
      const listener: Listener = (context) => {
        if (context.action !== 'DeleteUsers' || context.errorCode !== undefined) return;
        const sent = context.params.Uids;
        if (!Array.isArray(sent) || !sent.every((uid) => mine.has(uid))) return;
        requestIds.push(context.requestId);
      };
      listeners.add(listener);
      try {
        return [await run(), requestIds];
      } finally {
        listeners.delete(listener);
      }
    },
  };
}
