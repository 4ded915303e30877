import {
  createUserOptionsSchema,
  formatFieldIssues,
  TCB_ERROR_CODES,
  toFieldIssues,
  toWireRequest,
} from '@org/tcb-user-contract';
import type { SeedUser } from '../directory/seed-user.js';
import { TcbServiceError } from '../service/tcb-service-error.js';
import { validateWire, type WireParams } from './wire-validation.js';

const uniqueKeys = ['Uid', 'Name', 'Phone', 'Email'] as const;

function fail(index: number, name: unknown, detail: string, code: string): never {
  const label = typeof name === 'string' && name !== '' ? ` (${name})` : '';
  const message = `Seed user ${index}${label}: ${detail}`;
  throw new TcbServiceError(code as typeof TCB_ERROR_CODES.InvalidParameterValue, message);
}

/**
 * Checks seed users with the same rules as `CreateUser` and turns them into wire requests.
 * Throws a `TcbServiceError` naming the first bad seed (its index and name, never its password)
 * so a broken fixture fails where it is declared instead of in a later test.
 */
export function toSeedRequests(
  seeds: readonly SeedUser[],
  defaultEnvId: string,
  envIds: readonly string[] | undefined,
): WireParams<'CreateUser'>[] {
  const taken = new Set<string>();
  return seeds.map((seed, index) => {
    const { envId = defaultEnvId, ...options } = seed;
    const parsed = createUserOptionsSchema.safeParse(options);
    if (!parsed.success) {
      const detail = formatFieldIssues(toFieldIssues(parsed.error));
      fail(index, seed.name, detail, TCB_ERROR_CODES.InvalidParameterValue);
    }
    if (envIds && !envIds.includes(envId)) {
      fail(
        index,
        seed.name,
        `environment ${envId} is not in envIds`,
        TCB_ERROR_CODES.ResourceNotFound,
      );
    }
    const request = validateWire('CreateUser', toWireRequest('CreateUser', envId, parsed.data));
    for (const key of uniqueKeys) {
      const value = request[key];
      if (value === undefined) continue;
      const slot = `${envId}\u0000${key}\u0000${value}`;
      if (taken.has(slot)) {
        fail(
          index,
          seed.name,
          `${key} repeats an earlier seed user`,
          TCB_ERROR_CODES.DuplicatedData,
        );
      }
      taken.add(slot);
    }
    return request;
  });
}
