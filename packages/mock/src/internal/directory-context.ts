import type { UserStorage } from '../directory/user-storage.js';
import type { TcbUserMockLogger } from '../service/logger.js';

/** What the directory operations share: storage, clock, hashing cost, logger and faults. */
export interface DirectoryContext {
  storage: UserStorage;
  passwordIterations: number;
  now: () => number;
  logger: TcbUserMockLogger;
  /** Tells whether removing this uid must fail (fault injection); the user then stays. */
  failsDelete: (uid: string) => boolean;
}
