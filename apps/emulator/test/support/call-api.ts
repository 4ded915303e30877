import { signTc3, TCB_API_VERSION, webCryptoHashProvider } from '@org/tcb-user-contract';
import type { KeyPair } from '../../src/index.js';

/** What a test can change about one API call. */
export interface CallOptions {
  key?: KeyPair;
  /** Service name in the credential scope. Default `tcb`. */
  service?: string;
  /** Host value that is signed. Default the URL's host without its port. */
  signedHost?: string;
  timestamp?: number;
  version?: string;
  /** Send this body as is instead of the JSON of `params`. */
  rawBody?: string | Uint8Array;
  /** Leave the Authorization header out. */
  unsigned?: boolean;
}

/** The envelope every API answer has. */
export interface Envelope {
  Response: Record<string, unknown> & {
    RequestId: string;
    Error?: { Code: string; Message: string };
  };
}

/** Sends one signed API 3.0 call to the emulator and answers the parsed envelope. */
export async function callApi(
  url: string,
  action: string,
  params: unknown,
  options: CallOptions = {},
): Promise<Envelope> {
  const body = options.rawBody ?? JSON.stringify(params);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-tc-action': action,
    'x-tc-version': options.version ?? TCB_API_VERSION,
    'x-tc-timestamp': String(timestamp),
  };
  if (!options.unsigned && options.key) {
    const signed = await signTc3(webCryptoHashProvider, {
      secretId: options.key.secretId,
      secretKey: options.key.secretKey,
      service: options.service ?? 'tcb',
      timestamp,
      body,
      headers: {
        'content-type': 'application/json',
        host: options.signedHost ?? new URL(url).hostname,
      },
    });
    headers.authorization = signed.authorization;
  }
  const response = await fetch(`${url}/`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return (await response.json()) as Envelope;
}

/** The error code of an envelope, or `undefined` on success. */
export function codeOf(envelope: Envelope): string | undefined {
  return envelope.Response.Error?.Code;
}
