import { webCryptoHashProvider } from '@org/tcb-user-contract';
import type { FetchLike } from '../client-options.js';
import type { Runtime } from './client-core.js';
import { createFetchTransport } from './fetch-transport.js';

/** Browsers and other Web runtimes: Web Crypto hashing and the global `fetch`. */
export const webRuntime: Runtime = {
  hash: webCryptoHashProvider,
  defaultTransport: () =>
    createFetchTransport((input, init) => (globalThis.fetch as FetchLike)(input, init)),
};
