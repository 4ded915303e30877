import type { Runtime } from './client-core.js';
import { nodeHashProvider } from './node-hash-provider.js';
import { createNodeTransport } from './node-transport.js';

/** Node: synchronous `node:crypto` hashing and a keep-alive `node:http(s)` transport. */
export const nodeRuntime: Runtime = {
  hash: nodeHashProvider,
  defaultTransport: createNodeTransport,
};
