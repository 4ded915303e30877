import { type HashProvider, toHex } from './hash-provider.js';

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new Error('Web Crypto (crypto.subtle) is not available in this runtime');
  return api;
}

// Web Crypto's typings want an ArrayBuffer-backed view; copying keeps every caller's input valid.
function buffer(data: Uint8Array): ArrayBuffer {
  return data.slice().buffer as ArrayBuffer;
}

/** A `HashProvider` on Web Crypto, for browsers and any runtime with `crypto.subtle`. */
export const webCryptoHashProvider: HashProvider = {
  async sha256Hex(data) {
    return toHex(new Uint8Array(await subtle().digest('SHA-256', buffer(data))));
  },
  async hmacSha256(key, data) {
    const algorithm = { name: 'HMAC', hash: 'SHA-256' };
    const cryptoKey = await subtle().importKey('raw', buffer(key), algorithm, false, ['sign']);
    return new Uint8Array(await subtle().sign('HMAC', cryptoKey, buffer(data)));
  },
};
