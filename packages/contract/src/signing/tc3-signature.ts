import { type HashProvider, toHex, utf8 } from './hash-provider.js';

/** The signing algorithm name, first word of the `Authorization` header. */
export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';

/** What a TC3-HMAC-SHA256 signature covers. */
export interface Tc3SignInput {
  /** The API key id (`AKID…`). Not secret, but never needed in logs either. */
  secretId: string;
  /** The API key secret. Never logged or put in an error. */
  secretKey: string;
  /** Service name of the credential scope, such as `tcb`. */
  service: string;
  /** Integer Unix seconds, also sent as `X-TC-Timestamp`. */
  timestamp: number;
  /** The exact body bytes, or the body as a string (hashed as UTF-8). */
  body: string | Uint8Array;
  /**
   * Headers to sign, names in any case; `content-type` and `host` are required. Values are
   * signed trimmed and, for `host`, as given (official SDKs give the host without its port).
   */
  headers: Readonly<Record<string, string>>;
  /** HTTP method; default `POST`. */
  method?: string;
  /** Request path; default `/`. */
  path?: string;
  /** Query string without `?`; default empty (POST requests carry none). */
  query?: string;
}

/** The result of signing: the header value and the pieces behind it, for tests and checks. */
export interface Tc3Signature {
  /** The full `Authorization` header value. */
  authorization: string;
  /** Hex signature. Secret-equivalent for replay: never log it. */
  signature: string;
  /** `content-type;host` and any other signed header names, sorted. */
  signedHeaders: string;
  /** `YYYY-MM-DD/<service>/tc3_request`. */
  credentialScope: string;
  /** Hex SHA-256 of the body bytes. */
  payloadHash: string;
  /** The canonical request that was hashed. */
  canonicalRequest: string;
  /** The string that was signed. */
  stringToSign: string;
}

/** The UTC date (`YYYY-MM-DD`) of a Unix timestamp in seconds, as the credential scope uses. */
export function utcDateOf(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

/** Derives the day's signing key: HMAC chain over `TC3`+secret, date, service, `tc3_request`. */
export async function deriveTc3SigningKey(
  hash: HashProvider,
  secretKey: string,
  date: string,
  service: string,
): Promise<Uint8Array> {
  const kDate = await hash.hmacSha256(utf8(`TC3${secretKey}`), utf8(date));
  const kService = await hash.hmacSha256(kDate, utf8(service));
  return hash.hmacSha256(kService, utf8('tc3_request'));
}

/** Builds the canonical headers block and the signed header list from a header map. */
export function canonicalizeHeaders(headers: Readonly<Record<string, string>>): {
  canonicalHeaders: string;
  signedHeaders: string;
} {
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    canonicalHeaders: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
    signedHeaders: entries.map(([name]) => name).join(';'),
  };
}

/**
 * Signs a request with TC3-HMAC-SHA256 as the Tencent Cloud API 3.0 documents it. Pass a
 * `signingKey` already derived for the same secret, date and service to skip the key chain.
 */
export async function signTc3(
  hash: HashProvider,
  input: Tc3SignInput,
  signingKey?: Uint8Array,
): Promise<Tc3Signature> {
  const body = typeof input.body === 'string' ? utf8(input.body) : input.body;
  const payloadHash = await hash.sha256Hex(body);
  const { canonicalHeaders, signedHeaders } = canonicalizeHeaders(input.headers);
  const canonicalRequest = [
    input.method ?? 'POST',
    input.path ?? '/',
    input.query ?? '',
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const date = utcDateOf(input.timestamp);
  const credentialScope = `${date}/${input.service}/tc3_request`;
  const stringToSign = [
    TC3_ALGORITHM,
    String(input.timestamp),
    credentialScope,
    await hash.sha256Hex(utf8(canonicalRequest)),
  ].join('\n');
  const key = signingKey ?? (await deriveTc3SigningKey(hash, input.secretKey, date, input.service));
  const signature = toHex(await hash.hmacSha256(key, utf8(stringToSign)));
  const authorization =
    `${TC3_ALGORITHM} Credential=${input.secretId}/${credentialScope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return {
    authorization,
    signature,
    signedHeaders,
    credentialScope,
    payloadHash,
    canonicalRequest,
    stringToSign,
  };
}
