import { afterEach, describe } from 'vitest';
import type { UserStorage } from '../directory/user-storage.js';
import { registerCreateAndListCases } from './create-and-list-cases.js';
import { registerDeprecatedCases } from './deprecated-cases.js';
import { registerDirectoryCases } from './directory-cases.js';
import { registerModifyAndDeleteCases } from './modify-and-delete-cases.js';
import { createServiceHarness } from './service-harness.js';

/**
 * Registers the vitest cases every `UserStorage` must pass: each service rule of the user
 * directory (create, uniqueness under concurrency, listing, filters, paging, order, modify
 * rules, delete counting, deprecated actions, seed, snapshot and reset), run through
 * `createTcbUserService({ storage })` over `handle(Request)`. `createStorage` is called once
 * per case and must answer an empty storage; the case closes it.
 *
 * @example
 * ```ts
 * import { createMemoryUserStorage } from '@org/tcb-user-mock';
 * import { describeUserStorageConformance } from '@org/tcb-user-mock/conformance';
 *
 * describeUserStorageConformance('memory', () => createMemoryUserStorage());
 * ```
 */
export function describeUserStorageConformance(
  label: string,
  createStorage: () => UserStorage | Promise<UserStorage>,
): void {
  describe(`UserStorage conformance: ${label}`, () => {
    const harness = createServiceHarness(createStorage);
    afterEach(() => harness.stop());
    describe('create and list', () => registerCreateAndListCases(harness));
    describe('modify and delete', () => registerModifyAndDeleteCases(harness));
    describe('deprecated actions', () => registerDeprecatedCases(harness));
    describe('storage and directory helpers', () => registerDirectoryCases(harness));
  });
}
