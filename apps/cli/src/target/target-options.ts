import {
  createPacer,
  createTcbUserClient,
  type Pacer,
  type TcbUserClient,
} from '@org/tcb-user-client';
import { TCB_USER_LIMITS } from '@org/tcb-user-contract';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_CODES } from '../exit-codes.js';
import { checkCredential, checkEndpoint } from './check-target-values.js';

/** The options every command shares: which service and environment to talk to, and how fast. */
export interface TargetOptions {
  /** `--endpoint`: the API endpoint. Default: `TCB_BASE_URL`, else the public endpoint. */
  endpoint?: string;
  /** `--env`: the CloudBase environment id. Default: `TCB_ENV_ID`. */
  env?: string;
  /** `--rate`: most requests started per second. Default: 20, the service's limit. */
  rate?: number;
  /** `--timeout`: milliseconds one request may take. Default: the client's (15000). */
  timeout?: number;
}

/** A client for the chosen target, and the pacer every request of the command goes through. */
export interface Target {
  client: TcbUserClient;
  pacer: Pacer;
  envId: string;
  rate: number;
}

/**
 * Builds the client from the target options and the environment: credentials from
 * `TENCENTCLOUD_SECRETID`, `TENCENTCLOUD_SECRETKEY` and `TENCENTCLOUD_SESSIONTOKEN` (never from
 * the command line, where other users of the machine could read them). A bad endpoint is a
 * usage error (exit code 2); missing or malformed credentials exit 5, naming the variable.
 */
export function openTarget(options: TargetOptions, io: CliIo): Target {
  const envId = options.env ?? io.env.TCB_ENV_ID;
  if (!envId)
    throw new CliError(EXIT_CODES.config, 'No environment: pass --env <envId> or set TCB_ENV_ID.');
  const secretId = io.env.TENCENTCLOUD_SECRETID;
  const secretKey = io.env.TENCENTCLOUD_SECRETKEY;
  if (!secretId || !secretKey) {
    throw new CliError(
      EXIT_CODES.config,
      'No credentials: set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY ' +
        '(and TENCENTCLOUD_SESSIONTOKEN for temporary credentials).',
    );
  }
  const sessionToken = io.env.TENCENTCLOUD_SESSIONTOKEN;
  checkCredential('TENCENTCLOUD_SECRETID', secretId);
  checkCredential('TENCENTCLOUD_SECRETKEY', secretKey);
  if (sessionToken) checkCredential('TENCENTCLOUD_SESSIONTOKEN', sessionToken);
  const endpoint = chooseEndpoint(options, io);
  const client = createTcbUserClient({
    envId,
    secretId,
    secretKey,
    ...(sessionToken ? { sessionToken } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(options.timeout ? { timeoutMs: options.timeout } : {}),
  });
  const rate = options.rate ?? TCB_USER_LIMITS.rateLimitPerSecond;
  return { client, pacer: createPacer({ requestsPerSecond: rate }), envId, rate };
}

function chooseEndpoint(options: TargetOptions, io: CliIo): string | undefined {
  if (options.endpoint !== undefined) {
    checkEndpoint(options.endpoint, '--endpoint');
    return options.endpoint;
  }
  const fromEnv = io.env.TCB_BASE_URL;
  if (fromEnv) checkEndpoint(fromEnv, 'TCB_BASE_URL');
  return fromEnv || undefined;
}
