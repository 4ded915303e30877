import {
  ACTION_INFO,
  isUserAction,
  TCB_API_VERSION,
  TCB_ERROR_CODES,
  TCB_USER_LIMITS,
} from '@org/tcb-user-contract';
import type { UserDirectory } from '../directory/user-directory.js';
import type { FaultState } from '../service/fault-controller.js';
import { TcbServiceError } from '../service/tcb-service-error.js';
import type { ExtraAction, TcbUserServiceOptions } from '../service/tcb-user-service-options.js';
import { checkSignature } from './check-signature.js';
import { dataEnvelope, flatEnvelope } from './envelope.js';
import type { RateLimiter } from './rate-limiter.js';
import { readBody } from './read-body.js';

/** What the pipeline needs besides the request. */
export interface PipelineParts {
  options: TcbUserServiceOptions;
  directory: UserDirectory;
  faults: FaultState;
  rateLimiter: RateLimiter | undefined;
}

type Target =
  | { kind: 'user'; action: keyof typeof ACTION_INFO }
  | { kind: 'extra'; run: ExtraAction };

const decoder = new TextDecoder('utf-8', { fatal: true });

function selectTarget(request: Request, options: TcbUserServiceOptions): Target {
  const action = request.headers.get('x-tc-action');
  if (!action) {
    throw new TcbServiceError(
      TCB_ERROR_CODES.MissingParameter,
      'The X-TC-Action header is required',
    );
  }
  if (isUserAction(action)) {
    const replacement = ACTION_INFO[action].replacedBy;
    if (!replacement || options.deprecatedActions !== 'withdrawn') return { kind: 'user', action };
    throw new TcbServiceError(
      TCB_ERROR_CODES.InvalidAction,
      `The action ${action} has been withdrawn; use ${replacement}`,
    );
  }
  const extra =
    options.extraActions && Object.hasOwn(options.extraActions, action)
      ? options.extraActions[action]
      : undefined;
  if (extra) return { kind: 'extra', run: extra };
  throw new TcbServiceError(TCB_ERROR_CODES.InvalidAction, `The action ${action} does not exist`);
}

function checkVersion(request: Request): void {
  const version = request.headers.get('x-tc-version');
  if (!version) {
    throw new TcbServiceError(
      TCB_ERROR_CODES.MissingParameter,
      'The X-TC-Version header is required',
    );
  }
  if (version !== TCB_API_VERSION) {
    throw new TcbServiceError(
      TCB_ERROR_CODES.NoSuchVersion,
      `The version ${version} does not exist; this service speaks ${TCB_API_VERSION}`,
    );
  }
}

function parseJsonObject(request: Request, body: Uint8Array): Record<string, unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (type.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
    throw new TcbServiceError(
      TCB_ERROR_CODES.InvalidParameter,
      'The body must be JSON sent with Content-Type: application/json',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(body));
  } catch {
    throw new TcbServiceError(TCB_ERROR_CODES.InvalidParameter, 'The body is not valid UTF-8 JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TcbServiceError(TCB_ERROR_CODES.InvalidParameter, 'The body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

function checkLimits(parts: PipelineParts, action: string): void {
  if (parts.rateLimiter && !parts.rateLimiter.admit(action)) {
    throw new TcbServiceError(
      TCB_ERROR_CODES.RequestLimitExceeded,
      `Too many ${action} requests in one second; slow down`,
    );
  }
  const fault = parts.faults.take(action);
  if (fault) throw new TcbServiceError(fault.code, fault.message);
}

async function runExtra(
  parts: PipelineParts,
  run: ExtraAction,
  params: Record<string, unknown>,
  requestId: string,
): Promise<unknown> {
  const envIds = parts.options.envIds;
  if (envIds && typeof params.EnvId === 'string' && !envIds.includes(params.EnvId)) {
    throw new TcbServiceError(
      TCB_ERROR_CODES.ResourceNotFound,
      `The environment ${params.EnvId} does not exist`,
    );
  }
  const result = await run(params, { requestId });
  return flatEnvelope(typeof result === 'object' && result !== null ? result : {}, requestId);
}

/**
 * Serves one request in the order the service checks: body size, signature, action, version,
 * rate limit and planned faults, JSON body, then the action itself. Answers the envelope
 * body, or throws the refusal.
 */
export async function runPipeline(
  parts: PipelineParts,
  request: Request,
  requestId: string,
): Promise<unknown> {
  await parts.directory.ready;
  const body = await readBody(request, TCB_USER_LIMITS.maxBodyBytes);
  if (!body) {
    throw new TcbServiceError(
      TCB_ERROR_CODES.RequestSizeLimitExceeded,
      `The request body is over ${TCB_USER_LIMITS.maxBodyBytes} bytes`,
    );
  }
  if (parts.options.signature) await checkSignature(request, body, parts.options.signature);
  const target = selectTarget(request, parts.options);
  checkVersion(request);
  const name = target.kind === 'user' ? target.action : (request.headers.get('x-tc-action') ?? '');
  checkLimits(parts, name);
  const params = parseJsonObject(request, body);
  if (target.kind === 'extra') return runExtra(parts, target.run, params, requestId);
  const result = await parts.directory.perform(target.action, params);
  return ACTION_INFO[target.action].dataUnderData
    ? dataEnvelope(result, requestId)
    : flatEnvelope(result, requestId);
}
