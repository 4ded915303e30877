import { buildUserModule, type CloudBaseOptions } from '../internal/cloud-base-core.js';
import { webRuntime } from '../internal/web-runtime.js';
import type { TcbUserClient } from '../tcb-user-client.js';

/**
 * The browser build of the manager-node-shaped app: `app.user.*` over Web Crypto and `fetch`.
 *
 * @example
 * ```ts
 * const app = CloudBase.init({ secretId, secretKey, envId, endpoint: '/tcb/' });
 * const res = await app.user.describeUserList({ pageSize: 10 });
 * ```
 */
export class CloudBase {
  /** The user-management calls and helpers. */
  readonly user: TcbUserClient;

  /** Creates an app; throws a `ValidationError` for missing or malformed options. */
  constructor(options: CloudBaseOptions) {
    this.user = buildUserModule(options, webRuntime);
  }

  /** Creates an app, as manager-node's `CloudBase.init` does. */
  static init(options: CloudBaseOptions): CloudBase {
    return new CloudBase(options);
  }
}
