/**
 * A local Tencent CloudBase user-management service: the Tencent Cloud API 3.0 wire protocol on
 * loopback, the mock package's rules, SQLite persistence, and management routes.
 */
export type { EmulatorOptions } from './emulator-options.js';
export { EMULATOR_DEFAULTS } from './emulator-options.js';
export type { KeyPair } from './keys/key-pair.js';
export { generateDevKeyPair, parseKeyPairs } from './keys/key-pair.js';
export type { RunningEmulator } from './start-emulator.js';
export { startEmulator } from './start-emulator.js';
export type { SqliteUserStorageOptions } from './storage/sqlite-user-storage.js';
export { createSqliteUserStorage, SqliteUserStorage } from './storage/sqlite-user-storage.js';
