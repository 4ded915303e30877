import type { TcbUserClientOptions } from '../client-options.js';
import { buildClient } from '../internal/build-client.js';
import { webRuntime } from '../internal/web-runtime.js';
import type { TcbUserClient } from '../tcb-user-client.js';

/**
 * Creates a user-management client for browsers and other Web runtimes: Web Crypto signing and
 * the global `fetch` (or the `fetch` option). Same calls and options as the Node build.
 *
 * @example
 * ```ts
 * const client = createTcbUserClient({ secretId, secretKey, envId, endpoint: '/tcb/' });
 * const { Data } = await client.describeUserList();
 * ```
 */
export function createTcbUserClient(options: TcbUserClientOptions): TcbUserClient {
  return buildClient(options, webRuntime);
}
