import { errorEnvelopeSchema, formatFieldIssues, toFieldIssues } from '@org/tcb-user-contract';
import type { z } from 'zod';
import { ApiError } from '../errors/api-error.js';
import { TransportError } from '../errors/transport-error.js';
import type { TransportResponse } from './transport.js';

/** A successful answer of a new user action, exactly as documented. */
export interface ActionResult<D> {
  RequestId: string;
  Data: D;
}

/**
 * Turns an answer into `{ RequestId, Data }`, or throws: `ApiError` for an error envelope,
 * `TransportError` (`bad-answer` or `http-status`) for anything else, with the request id when
 * one can be read.
 */
export function parseAnswer<D>(
  action: string,
  response: TransportResponse,
  envelope: z.ZodType<{ Response: { Data: D; RequestId: string } }, z.ZodTypeDef, unknown>,
): ActionResult<D> {
  const json = parseJson(action, response);
  const inner = (json as { Response?: unknown } | null)?.Response;
  const requestId = readRequestId(inner);
  if (isObject(inner) && 'Error' in inner) return throwApiError(action, json, requestId, response);
  const parsed = envelope.safeParse(json);
  if (parsed.success) return parsed.data.Response;
  const problem = isObject(inner)
    ? `unexpected answer shape: ${formatFieldIssues(toFieldIssues(parsed.error))}`
    : 'the answer is not a Tencent Cloud envelope';
  throw badAnswer(action, response, problem, requestId);
}

function parseJson(action: string, response: TransportResponse): unknown {
  try {
    return JSON.parse(response.text);
  } catch {
    throw badAnswer(action, response, 'the answer is not JSON', undefined);
  }
}

function throwApiError(
  action: string,
  json: unknown,
  requestId: string | undefined,
  response: TransportResponse,
): never {
  const parsed = errorEnvelopeSchema.safeParse(json);
  if (!parsed.success) throw badAnswer(action, response, 'malformed error envelope', requestId);
  const { Error: error, RequestId } = parsed.data.Response;
  throw new ApiError({ code: error.Code, message: error.Message, requestId: RequestId, action });
}

function badAnswer(
  action: string,
  response: TransportResponse,
  problem: string,
  requestId: string | undefined,
): TransportError {
  const ok = response.status === 200;
  const status = ok ? '' : ` (HTTP ${response.status})`;
  const id = requestId ? ` [RequestId ${requestId}]` : '';
  return new TransportError({
    reason: ok ? 'bad-answer' : 'http-status',
    action,
    message: `${problem}${status}${id}`,
    requestId,
    status: response.status,
  });
}

function readRequestId(inner: unknown): string | undefined {
  if (!isObject(inner)) return undefined;
  const id = inner.RequestId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
