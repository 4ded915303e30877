import { signTc3, webCryptoHashProvider } from '@org/tcb-user-contract';
import { ENDPOINT } from './wire.js';

/** A signed request as an official SDK would send it (host signed without its port). */
export async function signedRequest(options: {
  secretId: string;
  secretKey: string;
  timestamp: number;
  action: string;
  body: string;
  service?: string;
  url?: string;
  signedHost?: string;
}): Promise<Request> {
  const url = new URL(options.url ?? ENDPOINT);
  const contentType = 'application/json; charset=utf-8';
  const signed = await signTc3(webCryptoHashProvider, {
    secretId: options.secretId,
    secretKey: options.secretKey,
    service: options.service ?? 'tcb',
    timestamp: options.timestamp,
    body: options.body,
    headers: { 'content-type': contentType, host: options.signedHost ?? url.hostname },
  });
  return new Request(url, {
    method: 'POST',
    headers: {
      authorization: signed.authorization,
      'content-type': contentType,
      'x-tc-action': options.action,
      'x-tc-version': '2018-06-08',
      'x-tc-timestamp': String(options.timestamp),
    },
    body: options.body,
  });
}
