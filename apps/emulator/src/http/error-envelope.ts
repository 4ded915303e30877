import { randomUUID } from 'node:crypto';
import type { TcbErrorCode } from '@org/tcb-user-contract';

/**
 * The SPEC §6 failure answer for the few cases the emulator decides before the service sees a
 * request (body too large, unreadable, or a fault in the emulator itself): HTTP 200 and the
 * Tencent Cloud envelope, never a stack trace.
 */
export function errorEnvelope(code: TcbErrorCode, message: string): Response {
  const body = { Response: { Error: { Code: code, Message: message }, RequestId: randomUUID() } };
  return Response.json(body, { status: 200 });
}
