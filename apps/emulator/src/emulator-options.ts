import type { KeyPair } from './keys/key-pair.js';

/** Options of `startEmulator`; every one has a default. */
export interface EmulatorOptions {
  /** Interface to listen on. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Port; `0` takes any free port (read it from the result). Default `0`. */
  port?: number;
  /** Folder of the SQLite file `users.sqlite`. Default `.tcb-emulator` in the working directory. */
  dataDir?: string;
  /** Keep users in memory only (SQLite `:memory:`), lost at stop. Default `false`. */
  inMemory?: boolean;
  /** Environments served; any other `EnvId` answers `ResourceNotFound`. Default `['local-env']`. */
  envIds?: readonly string[];
  /** Key pairs accepted in signatures. Default: one generated development pair. */
  keys?: readonly KeyPair[];
  /** Check TC3-HMAC-SHA256 signatures. Default `true`. */
  signature?: boolean;
  /** Serve the deprecated EndUser actions, or answer them `InvalidAction`. Default `serve`. */
  deprecatedActions?: 'serve' | 'withdrawn';
  /** PBKDF2-SHA256 iterations for new password hashes. Default the mock's, 100,000. */
  passwordIterations?: number;
  /** Receives one human-readable line per event. Default: dropped. */
  log?: (line: string) => void;
  /** Also log one line per API request (action, outcome, milliseconds). Default `false`. */
  logRequests?: boolean;
}

/** Defaults of the options above, shared by the start command and `startEmulator`. */
export const EMULATOR_DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  dataDir: '.tcb-emulator',
  dataFile: 'users.sqlite',
  envIds: ['local-env'],
  deprecatedActions: 'serve',
  passwordIterations: 100_000,
} as const;
