import { TCB_PUBLIC_ENDPOINT, toFieldIssues } from '@org/tcb-user-contract';
import type { FetchLike, TcbUserClientOptions } from '../client-options.js';
import { ValidationError } from '../errors/validation-error.js';
import type { RequestHooks } from '../hooks.js';
import { clientOptionsSchema } from './client-options-schema.js';
import type { EnvironmentDefaults } from './environment-defaults.js';
import { createLogSink, type LogSink } from './log-sink.js';

/** Everything a client needs, checked and with defaults applied. */
export interface ResolvedConfig {
  secretId: string;
  secretKey: string;
  sessionToken?: string | undefined;
  envId: string;
  region?: string | undefined;
  language?: string | undefined;
  endpoint: string;
  /** Host of the endpoint without its port, as the official SDKs sign it. */
  host: string;
  /** Path of the endpoint, signed as sent (a gateway may serve the API under a prefix). */
  path: string;
  /** Query of the endpoint without `?`, signed as sent. */
  query: string;
  fetch: FetchLike | undefined;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  log: LogSink;
  hooks: RequestHooks;
}

/**
 * Fills what the runtime's environment provides (Node: credentials and endpoint), defaults the
 * endpoint, then checks every option. Throws a `ValidationError` that names fields, never their
 * values.
 */
export function resolveConfig(
  options: TcbUserClientOptions,
  environment?: EnvironmentDefaults,
): ResolvedConfig {
  if (typeof options !== 'object' || options === null) {
    throw new ValidationError([{ field: '', message: 'client options must be an object' }]);
  }
  const merged = environment?.fill(options) ?? { ...options };
  merged.endpoint ??= TCB_PUBLIC_ENDPOINT;
  const result = clientOptionsSchema.safeParse(merged);
  if (!result.success) {
    const issues = toFieldIssues(result.error);
    throw new ValidationError(environment?.explain(issues, options) ?? issues);
  }
  const o = result.data;
  const url = new URL(o.endpoint);
  return {
    ...o,
    host: url.hostname,
    path: url.pathname,
    query: url.search.slice(1),
    fetch: o.fetch as FetchLike | undefined,
    timeoutMs: o.timeoutMs ?? 15_000,
    maxRetries: o.maxRetries ?? 2,
    retryBaseDelayMs: o.retryBaseDelayMs ?? 200,
    retryMaxDelayMs: o.retryMaxDelayMs ?? 5_000,
    log: createLogSink(options.logger, o.logLevel ?? 'warn'),
    hooks: (o.hooks ?? {}) as RequestHooks,
  };
}
