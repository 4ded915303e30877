import { parseArgs } from 'node:util';
import type { EmulatorOptions } from '../emulator-options.js';
import { type KeyPair, parseKeyPairs } from '../keys/key-pair.js';

/** Port the start command listens on when neither `--port` nor `TCB_EMULATOR_PORT` is given. */
export const CLI_DEFAULT_PORT = 4400;

/** Usage text of the start command. */
export const USAGE = `Usage: tcb-user-emulator [options]

Serves the Tencent CloudBase user-management API (API 3.0, service tcb, 2018-06-08) on loopback.

Options:
  --port <n>                 port, 0 for any free port
                             (env TCB_EMULATOR_PORT, default ${CLI_DEFAULT_PORT})
  --host <addr>              interface (env TCB_EMULATOR_HOST, default 127.0.0.1)
  --data-dir <dir>           folder of users.sqlite
                             (env TCB_EMULATOR_DATA_DIR, default .tcb-emulator)
  --in-memory                keep users in memory only
  --env-id <id>              environment served; repeat or separate by commas
                             (env TCB_EMULATOR_ENV_IDS, default local-env)
  --key <secretId:secretKey> accepted key pair; repeat or separate by commas
                             (env TCB_EMULATOR_KEYS, else TENCENTCLOUD_SECRETID and
                             TENCENTCLOUD_SECRETKEY, else one is generated)
  --no-signature             accept unsigned requests
  --deprecated-actions <m>   serve (default) or withdrawn
                             (answer InvalidAction, as the live service does)
  --password-iterations <n>  PBKDF2-SHA256 iterations for new password hashes (default 100000)
  --quiet                    no line per request
  --help                     this text
`;

/** What the command line asks for. */
export type CliRequest = { help: true } | { help: false; options: EmulatorOptions };

function list(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

// An empty entry (`--env-id ''`, `--env-id a,,b`) is a mistake, not a request for the default.
function envIdsFrom(flags: readonly string[] | undefined): string[] | undefined {
  if (flags === undefined) return undefined;
  const entries = flags.flatMap((value) => value.split(',')).map((v) => v.trim());
  if (entries.some((entry) => entry === '')) {
    throw new Error('--env-id needs a non-empty environment id (no empty entry between commas)');
  }
  return entries;
}

function keyPairsFrom(source: string, text: string): KeyPair[] {
  try {
    return parseKeyPairs(text);
  } catch (error) {
    throw new Error(`${source}: ${(error as Error).message}`);
  }
}

function keysFrom(flags: readonly string[] | undefined, env: NodeJS.ProcessEnv): KeyPair[] {
  if (flags && flags.length > 0) return flags.flatMap((flag) => keyPairsFrom('--key', flag));
  if (env.TCB_EMULATOR_KEYS) return keyPairsFrom('TCB_EMULATOR_KEYS', env.TCB_EMULATOR_KEYS);
  const secretId = env.TENCENTCLOUD_SECRETID?.trim();
  const secretKey = env.TENCENTCLOUD_SECRETKEY?.trim();
  return secretId && secretKey ? [{ secretId, secretKey }] : [];
}

/**
 * Turns the start command's arguments and environment into `startEmulator` options. Flags win
 * over environment variables. Throws a one-line message on a bad value (never echoing a key).
 */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliRequest {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'in-memory': { type: 'boolean' },
      'env-id': { type: 'string', multiple: true },
      key: { type: 'string', multiple: true },
      'no-signature': { type: 'boolean' },
      'deprecated-actions': { type: 'string' },
      'password-iterations': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };
  const options: EmulatorOptions = {
    host: values.host ?? env.TCB_EMULATOR_HOST ?? '127.0.0.1',
    port: integer(
      '--port',
      values.port ?? env.TCB_EMULATOR_PORT ?? String(CLI_DEFAULT_PORT),
      0,
      65535,
    ),
    inMemory: values['in-memory'] ?? false,
    signature: !values['no-signature'],
    logRequests: !values.quiet,
  };
  const dataDir = values['data-dir'] ?? env.TCB_EMULATOR_DATA_DIR;
  if (dataDir) options.dataDir = dataDir;
  const envIds =
    envIdsFrom(values['env-id']) ??
    list(env.TCB_EMULATOR_ENV_IDS ? [env.TCB_EMULATOR_ENV_IDS] : []);
  if (envIds.length > 0) options.envIds = envIds;
  const keys = keysFrom(values.key, env);
  if (keys.length > 0) options.keys = keys;
  const mode = values['deprecated-actions'];
  if (mode !== undefined) {
    if (mode !== 'serve' && mode !== 'withdrawn') {
      throw new Error(`--deprecated-actions must be serve or withdrawn, got "${mode}"`);
    }
    options.deprecatedActions = mode;
  }
  const iterations = values['password-iterations'];
  if (iterations !== undefined) {
    options.passwordIterations = integer('--password-iterations', iterations, 1, 10_000_000);
  }
  return { help: false, options };
}
