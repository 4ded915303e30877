import { TCB_ERROR_CODES, type User, type UserAction } from '@org/tcb-user-contract';
import { ACTION_OPERATIONS } from '../internal/action-table.js';
import type { DirectoryContext } from '../internal/directory-context.js';
import { verifyPassword } from '../internal/password-hash.js';
import { toSeedRequests } from '../internal/seed-users.js';
import { createUser } from '../internal/user-operations.js';
import { toWireUser } from '../internal/user-views.js';
import { validateWire } from '../internal/wire-validation.js';
import type { ActionResult } from '../service/action-types.js';
import { silentLogger, type TcbUserMockLogger } from '../service/logger.js';
import { TcbServiceError } from '../service/tcb-service-error.js';
import { createMemoryUserStorage } from './memory-user-storage.js';
import { DEFAULT_PASSWORD_ITERATIONS } from './password-iterations.js';
import type { SeedUser } from './seed-user.js';
import type { StoredUser, UserStorage } from './user-storage.js';

/** Options of `createUserDirectory`. */
export interface UserDirectoryOptions {
  /** Where users live. Default: a new `createMemoryUserStorage()`. */
  storage?: UserStorage;
  /** Known environments; an `EnvId` outside them answers `ResourceNotFound`. Default: any. */
  envIds?: readonly string[];
  /** Environment of seeds and helper calls without one. Default `envIds[0]`, else `mock-env`. */
  defaultEnvId?: string;
  /** Users created before the first request and again on `reset()`. Default none. */
  seed?: readonly SeedUser[];
  /** PBKDF2-SHA256 iterations for password hashes. Default 100 000; tests may pass 1. */
  passwordIterations?: number;
  /** Clock in ms since the Unix epoch, for creation and change times. Default `Date.now`. */
  now?: () => number;
  /** Receives `[tcb-user-mock]` warnings. Default: dropped. */
  logger?: TcbUserMockLogger;
  /** Tells whether removing this uid must fail (fault injection). Default: never. */
  failsDelete?: (uid: string) => boolean;
}

/** Every user of every environment the directory knows, restorable with `restore()`. */
export interface DirectorySnapshot {
  /** Users by environment, in creation order, with their stored hashes and times. */
  environments: Record<string, StoredUser[]>;
}

/**
 * The user-directory core: the service semantics of every action over a storage, and the
 * helpers a test uses to seed, read, snapshot and reset the users behind the mock.
 */
export interface UserDirectory {
  /** The storage behind the directory. */
  readonly storage: UserStorage;
  /** Environment used when a helper is called without one. */
  readonly defaultEnvId: string;
  /** Settles when the seed users are in; rejects with the reason when seeding failed. */
  readonly ready: Promise<void>;
  /**
   * Runs one action on wire parameters: checks them with the contract's schema, applies the
   * service rules, and answers the result, or throws a `TcbServiceError` with the exact code.
   */
  perform<A extends UserAction>(action: A, params: unknown): Promise<ActionResult<A>>;
  /** Adds users as `CreateUser` would (same checks); answers their uids in order. */
  seed(users: readonly SeedUser[]): Promise<string[]>;
  /** Every user of an environment, in creation order, as `DescribeUserList` shows them. */
  users(envId?: string): Promise<User[]>;
  /** One user as `DescribeUserList` shows it, or `undefined`. */
  get(uid: string, envId?: string): Promise<User | undefined>;
  /** Tells whether `password` matches the stored hash of a user (false when none is set). */
  checkPassword(uid: string, password: string, envId?: string): Promise<boolean>;
  /** Copies every known environment's users, hashes and times included. */
  snapshot(): Promise<DirectorySnapshot>;
  /** Replaces the users of the snapshot's environments with the snapshot's users. */
  restore(snapshot: DirectorySnapshot): Promise<void>;
  /** Removes every user, then puts the seed users back. */
  reset(): Promise<void>;
}

const PAGE = 500;

/**
 * Creates the user-directory core. Seed users are checked at once, and a bad one throws a
 * `TcbServiceError` here, before any test runs.
 *
 * @example
 * ```ts
 * const directory = createUserDirectory({ seed: [{ name: 'ada' }], passwordIterations: 1 });
 * await directory.ready;
 * await directory.perform('CreateUser', { EnvId: 'mock-env', Name: 'grace' });
 * ```
 */
export function createUserDirectory(options: UserDirectoryOptions = {}): UserDirectory {
  const storage = options.storage ?? createMemoryUserStorage();
  const envIds = options.envIds;
  const defaultEnvId = options.defaultEnvId ?? envIds?.[0] ?? 'mock-env';
  const seedRequests = toSeedRequests(options.seed ?? [], defaultEnvId, envIds);
  const known = new Set<string>([defaultEnvId, ...(envIds ?? [])]);
  const ctx: DirectoryContext = {
    storage,
    passwordIterations: options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS,
    now: options.now ?? Date.now,
    logger: options.logger ?? silentLogger,
    failsDelete: options.failsDelete ?? (() => false),
  };

  function checkEnv(envId: string): void {
    if (envIds && !envIds.includes(envId)) {
      throw new TcbServiceError(
        TCB_ERROR_CODES.ResourceNotFound,
        `The environment ${envId} does not exist`,
      );
    }
    known.add(envId);
  }

  async function insertSeeds(requests: typeof seedRequests): Promise<string[]> {
    const uids: string[] = [];
    for (const request of requests) {
      known.add(request.EnvId);
      uids.push((await createUser(ctx, request)).Uid);
    }
    return uids;
  }

  async function all(envId: string): Promise<StoredUser[]> {
    const users: StoredUser[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await storage.list(envId, { offset, limit: PAGE });
      users.push(...page.users);
      if (page.users.length < PAGE) return users;
    }
  }

  const ready = insertSeeds(seedRequests).then(() => undefined);
  // Callers who never await `ready` still see a seed failure in every answer, so a rejection
  // nobody awaits must not crash the process.
  ready.catch(() => undefined);

  return {
    storage,
    defaultEnvId,
    ready,
    async perform(action, params) {
      const request = validateWire(action, params);
      checkEnv(request.EnvId);
      return (await ACTION_OPERATIONS[action](ctx, request)) as ActionResult<typeof action>;
    },
    async seed(users) {
      return insertSeeds(toSeedRequests(users, defaultEnvId, envIds));
    },
    async users(envId = defaultEnvId) {
      return (await all(envId)).map(toWireUser);
    },
    async get(uid, envId = defaultEnvId) {
      const user = await storage.get(envId, uid);
      return user && toWireUser(user);
    },
    async checkPassword(uid, password, envId = defaultEnvId) {
      const user = await storage.get(envId, uid);
      return user !== undefined && user.passwordHash !== ''
        ? verifyPassword(password, user.passwordHash)
        : false;
    },
    async snapshot() {
      const environments: Record<string, StoredUser[]> = {};
      for (const envId of known) environments[envId] = await all(envId);
      return { environments };
    },
    async restore(snapshot) {
      for (const [envId, users] of Object.entries(snapshot.environments)) {
        known.add(envId);
        await storage.clear(envId);
        for (const user of users) await storage.insert(envId, user);
      }
    },
    async reset() {
      await storage.clear();
      await insertSeeds(seedRequests);
    },
  };
}
