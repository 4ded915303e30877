import { TCB_PUBLIC_ENDPOINT, toFieldIssues } from '@org/tcb-user-contract';
import type { FetchLike, TcbUserClientOptions } from '../client-options.js';
import { ValidationError } from '../errors/validation-error.js';
import type { RequestHooks } from '../hooks.js';
import { clientOptionsSchema } from './client-options-schema.js';
import { createLogSink, type LogSink } from './log-sink.js';
import { readEnv } from './read-env.js';

/** Everything a client needs, checked and with defaults applied. */
export interface ResolvedConfig {
  secretId: string;
  secretKey: string;
  sessionToken: string | undefined;
  envId: string;
  region: string | undefined;
  language: string | undefined;
  endpoint: string;
  /** Host of the endpoint without its port, as the official SDKs sign it. */
  host: string;
  fetch: FetchLike | undefined;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  log: LogSink;
  hooks: RequestHooks;
}

const envNames = {
  secretId: 'TENCENTCLOUD_SECRETID',
  secretKey: 'TENCENTCLOUD_SECRETKEY',
  sessionToken: 'TENCENTCLOUD_SESSIONTOKEN',
} as const;

/**
 * Fills credentials and endpoint from the environment where the options leave them out, then
 * checks every option. Throws a `ValidationError` that names fields, never their values.
 */
export function resolveConfig(options: TcbUserClientOptions): ResolvedConfig {
  if (typeof options !== 'object' || options === null) {
    throw new ValidationError([{ field: '', message: 'client options must be an object' }]);
  }
  const merged = withEnvironment(options);
  const result = clientOptionsSchema.safeParse(merged);
  if (!result.success) throw new ValidationError(explain(toFieldIssues(result.error), options));
  const o = result.data;
  return {
    secretId: o.secretId,
    secretKey: o.secretKey,
    sessionToken: o.sessionToken,
    envId: o.envId,
    region: o.region,
    language: o.language,
    endpoint: o.endpoint,
    host: new URL(o.endpoint).hostname,
    fetch: o.fetch as FetchLike | undefined,
    timeoutMs: o.timeoutMs ?? 15_000,
    signal: o.signal,
    maxRetries: o.maxRetries ?? 2,
    retryBaseDelayMs: o.retryBaseDelayMs ?? 200,
    retryMaxDelayMs: o.retryMaxDelayMs ?? 5_000,
    log: createLogSink(options.logger, o.logLevel ?? 'warn'),
    hooks: (o.hooks ?? {}) as RequestHooks,
  };
}

function withEnvironment(options: TcbUserClientOptions): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...options };
  for (const [key, name] of Object.entries(envNames)) {
    if (merged[key] === undefined) {
      const value = readEnv(name);
      if (value !== undefined) merged[key] = value;
    }
  }
  merged.endpoint ??= readEnv('TCB_BASE_URL') || TCB_PUBLIC_ENDPOINT;
  return merged;
}

// Says where a credential came from, so a bad environment variable is easy to find.
function explain(
  issues: { field: string; message: string }[],
  options: TcbUserClientOptions,
): { field: string; message: string }[] {
  return issues.map((issue) => {
    const name = envNames[issue.field as keyof typeof envNames];
    if (!name) return issue;
    const given = (options as unknown as Record<string, unknown>)[issue.field] !== undefined;
    const source = given ? 'from options' : `pass ${issue.field} or set ${name}`;
    return { field: issue.field, message: `${issue.message} (${source})` };
  });
}
