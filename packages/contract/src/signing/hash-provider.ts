/**
 * The two primitives TC3-HMAC-SHA256 needs. Web Crypto provides them everywhere; a Node caller
 * may pass a faster synchronous `node:crypto` provider (results may be plain values or promises).
 */
export interface HashProvider {
  /** Lowercase hex SHA-256 of the bytes. */
  sha256Hex(data: Uint8Array): string | Promise<string>;
  /** Raw HMAC-SHA256 of `data` under `key`. */
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array | Promise<Uint8Array>;
}

/** Lowercase hex of raw bytes. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (the signature hashes bytes, never string lengths). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
