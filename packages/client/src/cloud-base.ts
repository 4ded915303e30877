import { buildUserModule, type CloudBaseOptions } from './internal/cloud-base-core.js';
import { nodeRuntime } from './internal/node-runtime.js';
import type { TcbUserClient } from './tcb-user-client.js';

/**
 * An app shaped like `@cloudbase/manager-node`'s: `app.user.createUser(...)` and the other
 * user calls accept the documented options and resolve to `{ RequestId, Data }`.
 *
 * @example
 * ```ts
 * const app = CloudBase.init({ secretId, secretKey, envId });
 * const res = await app.user.createUser({ name: 'alice', password: 'Abc@12345' });
 * console.log(res.Data.Uid);
 * ```
 */
export class CloudBase {
  /** The user-management calls and helpers. */
  readonly user: TcbUserClient;

  /** Creates an app; throws a `ValidationError` for missing or malformed options. */
  constructor(options: CloudBaseOptions) {
    this.user = buildUserModule(options, nodeRuntime);
  }

  /** Creates an app, as manager-node's `CloudBase.init` does. */
  static init(options: CloudBaseOptions): CloudBase {
    return new CloudBase(options);
  }
}
