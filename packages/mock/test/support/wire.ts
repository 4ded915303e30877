import { TCB_API_VERSION } from '@org/tcb-user-contract';

/** The endpoint the handlers intercept by default. */
export const ENDPOINT = 'https://tcb.tencentcloudapi.com/';

/** What one wire request carries; any part can be left out or broken on purpose. */
export interface WireCall {
  action?: string | undefined;
  version?: string | undefined;
  contentType?: string | undefined;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  url?: string;
}

/** Builds the request a client would send, with the given parts. */
export function wireRequest(call: WireCall): Request {
  const headers: Record<string, string> = { ...call.headers };
  if (call.action !== undefined) headers['x-tc-action'] = call.action;
  const version = 'version' in call ? call.version : TCB_API_VERSION;
  if (version !== undefined) headers['x-tc-version'] = version;
  const contentType = 'contentType' in call ? call.contentType : 'application/json';
  if (contentType !== undefined) headers['content-type'] = contentType;
  const body = call.body ?? '{}';
  return new Request(call.url ?? ENDPOINT, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
}

/** The parsed envelope of an answer. */
export interface Envelope {
  Response: Record<string, unknown> & {
    RequestId: string;
    Error?: { Code: string; Message: string };
  };
}

/** Reads an answer, checking what every answer must be: HTTP 200 JSON with a uuid request id. */
export async function readEnvelope(response: Response): Promise<Envelope> {
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) throw new Error(`content type ${type}`);
  const envelope = (await response.json()) as Envelope;
  if (!/^[0-9a-f-]{36}$/.test(envelope.Response.RequestId)) throw new Error('bad RequestId');
  return envelope;
}

/** Sends a wire request through `fetch` (MSW intercepts it) and reads the envelope. */
export async function send(call: WireCall): Promise<Envelope> {
  return readEnvelope(await fetch(wireRequest(call)));
}

/** The error code of an answer, or `ok`. */
export function codeOf(envelope: Envelope): string {
  return envelope.Response.Error?.Code ?? 'ok';
}
