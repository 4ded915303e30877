import { CloudBase as ClientCloudBase } from '@org/tcb-user-client';
import { buildLegacyUserModule } from './internal/build-legacy-user-module.js';
import { createRequestIdRecorder } from './internal/request-id-recorder.js';
import type { LegacyCloudBaseOptions } from './legacy-options.js';
import type { LegacyUserModule } from './legacy-user-module.js';

/**
 * A drop-in for `@cloudbase/manager-node`'s `CloudBase` as far as users go: `app.user` has the
 * new calls of `@org/tcb-user-client` and the deprecated `EndUser` calls, mapped onto them.
 * Takes the client's `CloudBase` options plus `legacy`.
 *
 * @example
 * ```ts
 * import { CloudBase } from '@org/tcb-user-legacy-compat';
 *
 * const app = new CloudBase({ secretId, secretKey, envId });
 * const { Users, Total } = await app.user.getEndUserList({ limit: 20, offset: 0 });
 * ```
 */
export class CloudBase {
  /** The new user calls and the deprecated ones. */
  readonly user: LegacyUserModule;

  /** Creates an app; throws the client's `ValidationError` for missing or malformed options. */
  constructor(options: LegacyCloudBaseOptions) {
    const { legacy = {}, ...config } = options ?? ({} as LegacyCloudBaseOptions);
    const recorder = createRequestIdRecorder();
    const app = new ClientCloudBase({ ...config, hooks: recorder.hooks(config.hooks) });
    const logger = legacy.logger ?? config.logger;
    this.user = buildLegacyUserModule(app.user, logger ? { ...legacy, logger } : legacy, recorder);
  }

  /**
   * Creates an app, as manager-node's `CloudBase.init` does (but a new one per call: see the
   * README's differences).
   */
  static init(options: LegacyCloudBaseOptions): CloudBase {
    return new CloudBase(options);
  }
}
