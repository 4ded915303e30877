import type { TcbUserClientOptions } from '../client-options.js';
import { isValidationError, ValidationError } from '../errors/validation-error.js';
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
  try {
    return buildClient(toClientOptions(options), runtime);
  } catch (error) {
    throw isValidationError(error) ? renameIssues(error, options) : error;
  }
}

// An issue names the option the caller passed: `timeout` and `token`, not the mapped names.
function renameIssues(error: ValidationError, options: CloudBaseOptions): ValidationError {
  const rename = (field: string) => {
    if (field === 'timeoutMs' && options.timeout !== undefined) return 'timeout';
    if (field === 'sessionToken' && options.token !== undefined) return 'token';
    return field;
  };
  return new ValidationError(error.issues.map((i) => ({ ...i, field: rename(i.field) })));
}
