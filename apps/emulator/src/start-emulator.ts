import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createTcbUserService, type TcbUserService } from '@org/tcb-user-mock';
import { environmentActions } from './cloudbase/environment-actions.js';
import { EMULATOR_DEFAULTS, type EmulatorOptions } from './emulator-options.js';
import { createEmulatorServer } from './emulator-server.js';
import { generateDevKeyPair, type KeyPair } from './keys/key-pair.js';
import { createSqliteUserStorage, type SqliteUserStorage } from './storage/sqlite-user-storage.js';

/** A running emulator. */
export interface RunningEmulator {
  /** Base URL, such as `http://127.0.0.1:43121`; use it as `TCB_BASE_URL`. */
  url: string;
  host: string;
  port: number;
  /** Environments served. */
  envIds: readonly string[];
  /** Key pairs accepted, including a generated development pair when none was given. */
  keys: readonly KeyPair[];
  /** Whether a development pair was generated (the start command prints it). */
  generatedKey: boolean;
  /** The SQLite file, or `:memory:`. */
  dataFile: string;
  /** The service answering API requests (rules from the mock package). */
  service: TcbUserService;
  /** The storage behind it. */
  storage: SqliteUserStorage;
  /** Stops listening, lets requests in flight finish (up to 2 s), closes the database. */
  stop(): Promise<void>;
}

const closeGraceMs = 2000;

/**
 * Starts the emulator: SQLite storage, the mock package's service with signature checking on,
 * and a `node:http` server on loopback.
 *
 * @example
 * ```ts
 * const emulator = await startEmulator({ inMemory: true, envIds: ['dev'] });
 * process.env.TCB_BASE_URL = emulator.url;
 * // ... run clients with emulator.keys[0] ...
 * await emulator.stop();
 * ```
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const log = options.log ?? (() => {});
  const host = options.host ?? EMULATOR_DEFAULTS.host;
  const envIds = [...(options.envIds ?? EMULATOR_DEFAULTS.envIds)];
  if (envIds.length === 0) throw new Error('at least one environment id is needed');
  const generatedKey = options.keys === undefined || options.keys.length === 0;
  const keys = generatedKey ? [generateDevKeyPair()] : [...(options.keys ?? [])];
  const signature = options.signature ?? true;
  const deprecatedActions = options.deprecatedActions ?? EMULATOR_DEFAULTS.deprecatedActions;
  const passwordIterations = options.passwordIterations ?? EMULATOR_DEFAULTS.passwordIterations;
  const dataFile = options.inMemory
    ? ':memory:'
    : resolve(options.dataDir ?? EMULATOR_DEFAULTS.dataDir, EMULATOR_DEFAULTS.dataFile);
  const storage = createSqliteUserStorage(
    options.inMemory ? { inMemory: true } : { file: dataFile },
  );
  const service = createTcbUserService({
    storage,
    envIds,
    ...(signature ? { signature: { keys } } : {}),
    deprecatedActions,
    extraActions: environmentActions(envIds),
    passwordIterations,
    logger: { warn: (message: string) => log(message) },
  });
  const startedAt = Date.now();
  let port = 0;
  const settings = () => ({
    url: `http://${host}:${port}`,
    host,
    port,
    envIds,
    storage: options.inMemory ? 'memory' : 'sqlite',
    dataFile,
    signature,
    secretIds: keys.map((key) => key.secretId),
    deprecatedActions,
    passwordIterations,
    maxBodyBytes: 10 * 1024 * 1024,
  });
  const server = createEmulatorServer({
    service,
    log,
    logRequests: options.logRequests ?? false,
    management: {
      directory: service.directory,
      storage,
      passwordIterations,
      envIds,
      settings,
      counts: async () => storage.counts(),
      startedAt,
      log,
    },
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? EMULATOR_DEFAULTS.port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), closeGraceMs);
      await closed;
      clearTimeout(timer);
      await service.close();
      await storage.close();
    })();
    return stopping;
  };
  return { url, host, port, envIds, keys, generatedKey, dataFile, service, storage, stop };
}
