import { TCB_ERROR_CODES } from '@org/tcb-user-contract';
import { isTcbServiceError } from '../service/tcb-service-error.js';

/** An HTTP 200 JSON answer, as the service gives for success and failure alike. */
export function jsonAnswer(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** `{ Response: { Data, RequestId } }`: the success envelope of the new actions. */
export function dataEnvelope(data: unknown, requestId: string): unknown {
  return { Response: { Data: data, RequestId: requestId } };
}

/** `{ Response: { ...fields, RequestId } }`: the envelope of deprecated and extra actions. */
export function flatEnvelope(fields: object, requestId: string): unknown {
  return { Response: { ...fields, RequestId: requestId } };
}

/** `{ Response: { Error: { Code, Message }, RequestId } }`. */
export function errorEnvelope(code: string, message: string, requestId: string): unknown {
  return { Response: { Error: { Code: code, Message: message }, RequestId: requestId } };
}

/**
 * The error envelope for anything thrown while serving: a `TcbServiceError` keeps its code and
 * message; anything else becomes `InternalError` without its message or stack, which could
 * carry internals.
 */
export function envelopeOfThrown(error: unknown, requestId: string): unknown {
  if (isTcbServiceError(error)) return errorEnvelope(error.code, error.message, requestId);
  return errorEnvelope(
    TCB_ERROR_CODES.InternalError,
    'An internal error occurred; the request may be retried',
    requestId,
  );
}
