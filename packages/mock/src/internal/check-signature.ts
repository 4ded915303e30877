import {
  parseTc3Authorization,
  signTc3,
  TCB_ERROR_CODES,
  TCB_USER_LIMITS,
  utf8,
  webCryptoHashProvider,
} from '@org/tcb-user-contract';
import type { SignatureOptions } from '../service/signature-options.js';
import { TcbServiceError } from '../service/tcb-service-error.js';
import { constantTimeEqual } from './password-hash.js';

function refuse(code: string, message: string): never {
  throw new TcbServiceError(code as typeof TCB_ERROR_CODES.SignatureFailure, message);
}

/** `host` without its port; brackets of an IPv6 literal stay. */
function withoutPort(host: string): string {
  return host.replace(/^(\[[^\]]*\]|[^:]*):\d+$/, '$1');
}

function checkTimestamp(header: string | null, nowMs: number): number {
  if (!header || !/^\d+$/.test(header)) {
    refuse(TCB_ERROR_CODES.InvalidAuthorization, 'X-TC-Timestamp must be integer Unix seconds');
  }
  const timestamp = Number(header);
  const serverTime = Math.floor(nowMs / 1000);
  if (Math.abs(serverTime - timestamp) > TCB_USER_LIMITS.maxClockSkewSeconds) {
    refuse(
      TCB_ERROR_CODES.SignatureExpire,
      `The request timestamp ${timestamp} is more than ${TCB_USER_LIMITS.maxClockSkewSeconds} seconds from the server time; server Unix time ${serverTime}`,
    );
  }
  return timestamp;
}

/**
 * The `host` values the signature may cover. Official SDKs sign the host without its port, so
 * that form is tried first; the form with the port is accepted as well.
 */
function hostCandidates(request: Request): string[] {
  const host = request.headers.get('host') ?? new URL(request.url).host;
  const bare = withoutPort(host);
  return bare === host ? [host] : [bare, host];
}

/**
 * Checks the TC3-HMAC-SHA256 signature of a request against the configured key pairs, and
 * throws the `AuthFailure.*` refusal the service answers when it does not hold. The canonical
 * request is rebuilt from the headers the client says it signed and the exact body bytes; the
 * service name comes from the credential scope.
 */
export async function checkSignature(
  request: Request,
  body: Uint8Array,
  options: SignatureOptions,
): Promise<void> {
  const auth = parseTc3Authorization(request.headers.get('authorization'));
  if (!auth) {
    refuse(
      TCB_ERROR_CODES.InvalidAuthorization,
      'The Authorization header is missing or is not a TC3-HMAC-SHA256 credential',
    );
  }
  if (!auth.signedHeaders.includes('content-type') || !auth.signedHeaders.includes('host')) {
    refuse(
      TCB_ERROR_CODES.InvalidAuthorization,
      'SignedHeaders must include content-type and host',
    );
  }
  const key = options.keys.find((candidate) => candidate.secretId === auth.secretId);
  if (!key) refuse(TCB_ERROR_CODES.SecretIdNotFound, 'The SecretId of the credential is unknown');
  const timestamp = checkTimestamp(
    request.headers.get('x-tc-timestamp'),
    (options.now ?? Date.now)(),
  );
  const url = new URL(request.url);
  const expected = utf8(auth.signature);
  for (const host of hostCandidates(request)) {
    const headers: Record<string, string> = {};
    for (const name of auth.signedHeaders) {
      headers[name] = name === 'host' ? host : (request.headers.get(name) ?? '');
    }
    const signed = await signTc3(webCryptoHashProvider, {
      secretId: key.secretId,
      secretKey: key.secretKey,
      service: auth.service,
      timestamp,
      body,
      headers,
      method: request.method,
      path: url.pathname,
      query: url.search.slice(1),
    });
    if (constantTimeEqual(utf8(signed.signature), expected)) return;
  }
  refuse(TCB_ERROR_CODES.SignatureFailure, 'The signature does not match the request');
}
