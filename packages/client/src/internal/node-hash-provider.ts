import { createHash, createHmac } from 'node:crypto';
import type { HashProvider } from '@org/tcb-user-contract';

/**
 * A synchronous `HashProvider` on `node:crypto`. Web Crypto in Node is asynchronous and costs
 * far more per call, which matters at thousands of signed requests.
 */
export const nodeHashProvider: HashProvider = {
  sha256Hex(data) {
    return createHash('sha256').update(data).digest('hex');
  },
  hmacSha256(key, data) {
    return createHmac('sha256', key).update(data).digest();
  },
};
