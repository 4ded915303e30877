import type { Runtime } from './client-core.js';
import { environmentDefaults } from './environment-defaults.js';
import { nodeHashProvider } from './node-hash-provider.js';
import { createNodeTransport } from './node-transport.js';

/**
 * Node: synchronous `node:crypto` hashing, a keep-alive `node:http(s)` transport, and
 * credentials and endpoint from environment variables.
 */
export const nodeRuntime: Runtime = {
  hash: nodeHashProvider,
  defaultTransport: createNodeTransport,
  environment: environmentDefaults,
};
