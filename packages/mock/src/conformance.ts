/**
 * The conformance suite every `UserStorage` must pass, for vitest. Run it on each storage
 * (the in-memory one here, SQLite in the emulator) so the rules hold on all of them.
 *
 * @example
 * ```ts
 * import { describeUserStorageConformance } from '@org/tcb-user-mock/conformance';
 * describeUserStorageConformance('sqlite', () => createSqliteUserStorage(':memory:'));
 * ```
 */
export { describeUserStorageConformance } from './conformance/describe-user-storage-conformance.js';
