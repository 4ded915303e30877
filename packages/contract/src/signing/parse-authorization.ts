import { TC3_ALGORITHM } from './tc3-signature.js';

/** The parts of a TC3 `Authorization` header. */
export interface Tc3Authorization {
  /** The key id of the credential. */
  secretId: string;
  /** `YYYY-MM-DD` of the credential scope. */
  date: string;
  /** Service of the credential scope (the official SDKs may put another name than `tcb`). */
  service: string;
  /** Signed header names, lowercase, in the order given. */
  signedHeaders: string[];
  /** The hex signature. */
  signature: string;
}

const pattern =
  /^TC3-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/([^/\s,]+)\/tc3_request,\s*SignedHeaders=([a-z0-9;._-]+),\s*Signature=([0-9a-f]{64})$/i;

/**
 * Parses a TC3-HMAC-SHA256 `Authorization` header, or returns `undefined` when it is missing or
 * malformed (the service then answers `AuthFailure.InvalidAuthorization`).
 */
export function parseTc3Authorization(
  header: string | null | undefined,
): Tc3Authorization | undefined {
  if (!header?.startsWith(`${TC3_ALGORITHM} `)) return undefined;
  const match = pattern.exec(header.trim());
  if (!match) return undefined;
  const [, secretId, date, service, signedHeaders, signature] = match;
  if (!secretId || !date || !service || !signedHeaders || !signature) return undefined;
  return {
    secretId,
    date,
    service,
    signedHeaders: signedHeaders.toLowerCase().split(';').filter(Boolean),
    signature: signature.toLowerCase(),
  };
}
