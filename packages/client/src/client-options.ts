import type { RequestHooks } from './hooks.js';
import type { Logger, LogLevel } from './logger.js';

/** A `fetch`-compatible function (the global one, undici's, or a test double). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Options of `createTcbUserClient`. Unknown keys are refused. */
export interface TcbUserClientOptions {
  /** API key id. Default: the `TENCENTCLOUD_SECRETID` environment variable. */
  secretId?: string;
  /** API key secret. Default: the `TENCENTCLOUD_SECRETKEY` environment variable. */
  secretKey?: string;
  /** Token of temporary credentials, sent as `X-TC-Token`. Default: `TENCENTCLOUD_SESSIONTOKEN`. */
  sessionToken?: string;
  /** The CloudBase environment id every call carries as `EnvId`. Required. */
  envId: string;
  /** Sent as `X-TC-Region` when given (the user actions ignore it). Default: not sent. */
  region?: string;
  /** Endpoint URL. Default: `TCB_BASE_URL`, else `https://tcb.tencentcloudapi.com/`. */
  endpoint?: string;
  /** Sent as `X-TC-Language`. Default: not sent (the service answers in Chinese). */
  language?: 'zh-CN' | 'en-US';
  /**
   * A `fetch` to send requests with. Default: in Node, a keep-alive `node:http(s)` transport;
   * in browsers, the global `fetch`.
   */
  fetch?: FetchLike;
  /** Milliseconds one attempt may take before it fails with a timeout. Default: 15000. */
  timeoutMs?: number;
  /** Aborts every call of this client when it fires. Default: none. */
  signal?: AbortSignal;
  /** Retries after the first attempt, for retryable failures. Default: 2. `0` turns retries off. */
  maxRetries?: number;
  /**
   * Upper bound of the first backoff delay, in ms; it doubles per retry (full jitter). Default:
   * 200.
   */
  retryBaseDelayMs?: number;
  /** Largest backoff delay, in ms. Default: 5000. */
  retryMaxDelayMs?: number;
  /** Where log lines go. Default: nowhere. */
  logger?: Logger;
  /** Lowest level written to `logger`. Default: `warn`. */
  logLevel?: LogLevel;
  /** Functions called around each attempt. Default: none. */
  hooks?: RequestHooks;
}

/** Per-call options, the second argument of every call. */
export interface CallOptions {
  /** Aborts this call when it fires (together with the client's signal). */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
}
