import type { TcbUserClientOptions } from './client-options.js';
import { buildClient } from './internal/build-client.js';
import { nodeRuntime } from './internal/node-runtime.js';
import type { TcbUserClient } from './tcb-user-client.js';

/**
 * Creates a user-management client. Checks the options (credentials from the options or the
 * `TENCENTCLOUD_*` variables) and throws a `ValidationError` before any request if one is bad.
 * In Node, requests go over a keep-alive `node:http(s)` agent unless `fetch` is given.
 *
 * @example
 * ```ts
 * const client = createTcbUserClient({ envId: 'my-env' });
 * const { Data } = await client.describeUserList({ pageSize: 50 });
 * ```
 */
export function createTcbUserClient(options: TcbUserClientOptions): TcbUserClient {
  return buildClient(options, nodeRuntime);
}
