import type { FetchLike } from '../client-options.js';
import { TransportError } from '../errors/transport-error.js';
import { abortedError } from './aborted-error.js';
import type { Transport } from './transport.js';

/**
 * A transport over a `fetch` function: the browser default, and the Node one when `fetch` is given.
 */
export function createFetchTransport(fetchFn: FetchLike): Transport {
  return async (request) => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, request.timeoutMs);
    const onAbort = () => controller.abort();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await fetchFn(request.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        signal: controller.signal,
      });
      return { status: response.status, text: await response.text() };
    } catch (cause) {
      throw failure(request.action, request.timeoutMs, timedOut, cause);
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    }
  };
}

function failure(action: string, timeoutMs: number, timedOut: boolean, cause: unknown) {
  if (timedOut) {
    return new TransportError({
      reason: 'timeout',
      action,
      message: `no answer within ${timeoutMs} ms`,
      cause,
    });
  }
  if (isAbort(cause)) return abortedError(action, cause);
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new TransportError({
    reason: 'network',
    action,
    message: `request failed: ${detail}`,
    cause,
  });
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
