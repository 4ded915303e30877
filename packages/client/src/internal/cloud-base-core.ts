import type { TcbUserClientOptions } from '../client-options.js';
import type { TcbUserClient } from '../tcb-user-client.js';
import { buildClient } from './build-client.js';
import type { Runtime } from './client-core.js';

/**
 * Options of `CloudBase.init`: the client options, plus the names `@cloudbase/manager-node`
 * uses (`token` for `sessionToken`, `timeout` for `timeoutMs`).
 */
export interface CloudBaseOptions extends Omit<TcbUserClientOptions, 'envId'> {
  /** The CloudBase environment id. Required. */
  envId: string;
  /** Token of temporary credentials (manager-node's name for `sessionToken`). */
  token?: string;
  /** Milliseconds per attempt (manager-node's name for `timeoutMs`). Default: 15000. */
  timeout?: number;
}

/** Maps manager-node's option names onto the client's. */
export function toClientOptions(options: CloudBaseOptions): TcbUserClientOptions {
  const { token, timeout, ...rest } = options ?? ({} as CloudBaseOptions);
  const mapped: TcbUserClientOptions = { ...rest };
  if (token !== undefined) mapped.sessionToken = token;
  if (timeout !== undefined) mapped.timeoutMs = timeout;
  return mapped;
}

/** Builds the `user` module of an app on the given runtime. */
export function buildUserModule(options: CloudBaseOptions, runtime: Runtime): TcbUserClient {
  return buildClient(toClientOptions(options), runtime);
}
