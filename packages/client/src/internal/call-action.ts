import { TCB_API_VERSION, toFieldIssues, toWireRequest } from '@org/tcb-user-contract';
import type { CallOptions } from '../client-options.js';
import { ValidationError } from '../errors/validation-error.js';
import { throwIfAborted } from './aborted-error.js';
import type { ActionSpec } from './action-specs.js';
import type { ClientCore } from './client-core.js';
import { callOptionsSchema } from './client-options-schema.js';
import { combineSignals } from './combine-signals.js';
import { type ActionResult, parseAnswer } from './parse-answer.js';
import { backoffDelayMs, decideRetry, serverTimeFromMessage } from './retry-policy.js';
import { sleep } from './sleep.js';

const CONTENT_TYPE = 'application/json';

/** Per-call settings after the client defaults were applied. */
interface CallSettings {
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
}

/**
 * Runs one action: validate the options, build the wire body, then sign, send and parse,
 * retrying as the retry policy allows. Nothing is sent when validation fails.
 */
export async function callAction<D>(
  core: ClientCore,
  spec: ActionSpec<D>,
  options: unknown,
  callOptions?: CallOptions,
): Promise<ActionResult<D>> {
  const parsed = spec.options.safeParse(options ?? {});
  if (!parsed.success) throw new ValidationError(toFieldIssues(parsed.error), spec.action);
  const valid = parsed.data as Record<string, unknown>;
  const params = toWireRequest(spec.action, core.config.envId, valid);
  const settings = resolveCallSettings(core, spec.action, callOptions);
  const { signal, dispose } = combineSignals(core.config.signal, settings.signal);
  try {
    return await attemptAll(core, spec, params, { ...settings, signal }, spec.safeToRepeat(valid));
  } finally {
    dispose();
  }
}

function resolveCallSettings(
  core: ClientCore,
  action: string,
  options?: CallOptions,
): CallSettings {
  if (options === undefined) {
    return {
      signal: undefined,
      timeoutMs: core.config.timeoutMs,
      maxRetries: core.config.maxRetries,
    };
  }
  const parsed = callOptionsSchema.safeParse(options);
  if (!parsed.success) throw new ValidationError(toFieldIssues(parsed.error), action);
  return {
    signal: parsed.data.signal,
    timeoutMs: parsed.data.timeoutMs ?? core.config.timeoutMs,
    maxRetries: parsed.data.maxRetries ?? core.config.maxRetries,
  };
}

async function attemptAll<D>(
  core: ClientCore,
  spec: ActionSpec<D>,
  params: Record<string, unknown>,
  settings: CallSettings,
  safeToRepeat: boolean,
): Promise<ActionResult<D>> {
  const body = JSON.stringify(params);
  let resynced = false;
  let retries = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(core, spec, params, body, settings, attempt);
    } catch (error) {
      const decision = decideRetry(error, safeToRepeat, resynced);
      const willRetry =
        decision === 'resync-clock' || (decision === 'backoff' && retries < settings.maxRetries);
      report(core, spec.action, params, attempt, error as Error, willRetry);
      if (!willRetry) throw error;
      if (decision === 'resync-clock') {
        resynced = true;
        resyncClock(core, (error as Error).message);
        continue;
      }
      retries++;
      const delay = backoffDelayMs(
        retries,
        core.config.retryBaseDelayMs,
        core.config.retryMaxDelayMs,
      );
      await sleep(delay, spec.action, [settings.signal]);
    }
  }
}

async function attemptOnce<D>(
  core: ClientCore,
  spec: ActionSpec<D>,
  params: Record<string, unknown>,
  body: string,
  settings: CallSettings,
  attempt: number,
): Promise<ActionResult<D>> {
  const { config } = core;
  throwIfAborted(spec.action, settings.signal);
  const timestamp = Math.floor(Date.now() / 1000) + core.clockOffsetSeconds;
  const headers = await buildHeaders(core, spec.action, body, timestamp);
  config.hooks.beforeRequest?.(hookContext(core, spec.action, params, attempt));
  // Signing awaits, so the caller may have aborted since the check above; send nothing then.
  throwIfAborted(spec.action, settings.signal);
  const started = Date.now();
  const response = await core.transport({
    action: spec.action,
    url: config.endpoint,
    headers,
    body,
    timeoutMs: settings.timeoutMs,
    signal: settings.signal,
  });
  let result: ActionResult<D> | undefined;
  let failure: unknown;
  try {
    result = parseAnswer(spec.action, response, spec.envelope);
  } catch (error) {
    failure = error;
  }
  const requestId = result?.RequestId ?? (failure as { requestId?: string }).requestId;
  const durationMs = Date.now() - started;
  if (config.log.debugEnabled) {
    config.log.debug(`${spec.action} answered`, {
      requestId,
      attempt,
      durationMs,
      status: response.status,
    });
  }
  if (requestId !== undefined && config.hooks.afterResponse) {
    const errorCode = result ? undefined : (failure as { code?: string }).code;
    config.hooks.afterResponse({
      ...hookContext(core, spec.action, params, attempt),
      requestId,
      durationMs,
      errorCode,
    });
  }
  if (!result) throw failure;
  return result;
}

async function buildHeaders(
  core: ClientCore,
  action: string,
  body: string,
  timestamp: number,
): Promise<Record<string, string>> {
  const { config } = core;
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPE,
    'X-TC-Action': action,
    'X-TC-Version': TCB_API_VERSION,
    'X-TC-Timestamp': String(timestamp),
  };
  if (config.region) headers['X-TC-Region'] = config.region;
  if (config.sessionToken) headers['X-TC-Token'] = config.sessionToken;
  if (config.language) headers['X-TC-Language'] = config.language;
  headers.Authorization = await core.sign(body, timestamp, CONTENT_TYPE);
  return headers;
}

function hookContext(
  core: ClientCore,
  action: string,
  params: Record<string, unknown>,
  attempt: number,
) {
  const shown = 'Password' in params ? { ...params, Password: '***' } : params;
  return { action, attempt, url: core.config.endpoint, params: shown };
}

function report(
  core: ClientCore,
  action: string,
  params: Record<string, unknown>,
  attempt: number,
  error: Error,
  willRetry: boolean,
): void {
  const { log, hooks } = core.config;
  const fields = {
    attempt,
    code: (error as { code?: string }).code,
    requestId: (error as { requestId?: string }).requestId,
  };
  if (willRetry) log.warn(`${action} failed, retrying: ${error.message}`, fields);
  else if ((error as { kind?: string }).kind === 'api')
    log.info(`${action} refused: ${error.message}`, fields);
  else log.error(`${action} failed: ${error.message}`, fields);
  hooks.onError?.({ ...hookContext(core, action, params, attempt), error, willRetry });
}

function resyncClock(core: ClientCore, message: string): void {
  const serverTime = serverTimeFromMessage(message);
  if (serverTime === undefined) return;
  core.clockOffsetSeconds = serverTime - Math.floor(Date.now() / 1000);
  core.config.log.warn('local clock is off; signing with the server time from now on', {
    offsetSeconds: core.clockOffsetSeconds,
  });
}
