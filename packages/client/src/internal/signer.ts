import {
  deriveTc3SigningKey,
  type HashProvider,
  signTc3,
  TCB_SERVICE,
  utcDateOf,
} from '@org/tcb-user-contract';

/** Credentials and the endpoint parts a signer works with. */
export interface SignerInput {
  secretId: string;
  secretKey: string;
  host: string;
  /** The path requests go to, as sent (`/` for the public endpoint). */
  path: string;
  /** The query string requests carry, as sent, without `?` (empty for the public endpoint). */
  query: string;
}

/** Signs request bodies; returns the `Authorization` header value. */
export type Signer = (body: string, timestamp: number, contentType: string) => Promise<string>;

/**
 * Creates a TC3 signer that derives the signing key once per UTC day (the key depends only on
 * the secret, the date and the service) and reuses it for every request of that day.
 */
export function createSigner(hash: HashProvider, input: SignerInput): Signer {
  let cachedDate = '';
  let cachedKey: Uint8Array | undefined;
  return async (body, timestamp, contentType) => {
    const date = utcDateOf(timestamp);
    if (date !== cachedDate || !cachedKey) {
      cachedKey = await deriveTc3SigningKey(hash, input.secretKey, date, TCB_SERVICE);
      cachedDate = date;
    }
    const signed = await signTc3(
      hash,
      {
        secretId: input.secretId,
        secretKey: input.secretKey,
        service: TCB_SERVICE,
        timestamp,
        body,
        headers: { 'content-type': contentType, host: input.host },
        path: input.path,
        query: input.query,
      },
      cachedKey,
    );
    return signed.authorization;
  };
}
