import http, { type IncomingMessage, type RequestOptions } from 'node:http';
import https from 'node:https';
import { TransportError } from '../errors/transport-error.js';
import { abortedError } from './aborted-error.js';
import type { Transport, TransportRequest, TransportResponse } from './transport.js';

/**
 * The Node default transport: `node:http(s)` over a keep-alive agent owned by the client. Node
 * 20's global `fetch` costs more CPU per call than a whole signed request over `node:http`.
 */
export function createNodeTransport(endpoint: string): Transport {
  const url = new URL(endpoint);
  const secure = url.protocol === 'https:';
  const agent = secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  // `request` is looked up on the module object at each call, never bound at import: request
  // interceptors such as msw/node patch that property, and a named import would bypass them.
  const send = (options: RequestOptions, callback: (res: IncomingMessage) => void) =>
    secure ? https.request(options, callback) : http.request(options, callback);
  // Reused for every request: `request()` reads its options synchronously, so setting the
  // headers right before each call is safe and saves copying the object per call.
  const target: RequestOptions = {
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port || (secure ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    method: 'POST',
    agent,
  };
  return (request) =>
    new Promise<TransportResponse>((resolve, reject) => {
      let stop = () => {};
      const succeed = (response: TransportResponse) => {
        stop();
        resolve(response);
      };
      const fail = (error: TransportError) => {
        stop();
        reject(error);
      };
      request.headers['Content-Length'] = String(Buffer.byteLength(request.body));
      target.headers = request.headers;
      const req = send(target, (res) => collect(res, request.action).then(succeed, fail));
      stop = watch(request, (error) => {
        req.destroy();
        fail(error);
      });
      req.on('error', (cause) => fail(networkError(request.action, cause)));
      req.end(request.body);
    });
}

function collect(res: IncomingMessage, action: string): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    let text = '';
    // The decoder keeps multi-byte characters split across chunks intact.
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      text += chunk;
    });
    res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    res.on('error', (cause) => reject(networkError(action, cause)));
  });
}

// Arms the timeout and the caller's signal; returns the function that disarms both.
function watch(request: TransportRequest, fail: (error: TransportError) => void): () => void {
  const { action, timeoutMs, signal } = request;
  const timer = setTimeout(() => {
    fail(
      new TransportError({
        reason: 'timeout',
        action,
        message: `no answer within ${timeoutMs} ms`,
      }),
    );
  }, timeoutMs);
  const onAbort = () => fail(abortedError(action));
  // A listener added to a signal that already fired is never called: check it first.
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  return () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  };
}

function networkError(action: string, cause: unknown): TransportError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new TransportError({
    reason: 'network',
    action,
    message: `request failed: ${detail}`,
    cause,
  });
}
