import {
  createMemoryUserStorage,
  createUserDirectory,
  type StoredUser,
  type UserDirectory,
} from '@org/tcb-user-mock';
import type { SqliteUserStorage } from '../storage/sqlite-user-storage.js';
import { type ImportReport, importUsers } from './import-users.js';

/** What a replace did: `replaced` when the environment now holds exactly the imported users. */
export type ReplaceOutcome =
  | { replaced: true; imported: number }
  | { replaced: false; failed: ImportReport['failed'] };

async function collect(scratch: UserDirectory, envId: string, uids: readonly string[]) {
  const users: StoredUser[] = [];
  for (const uid of uids) {
    const user = await scratch.storage.get(envId, uid);
    if (user) users.push(user);
  }
  return users;
}

/**
 * Replaces every user of one environment with the users of a JSON-lines import, all or nothing.
 * Every line is first imported into a scratch directory in memory (same rules as an import:
 * fields, hashes, uniqueness inside the file); if any line is refused, the environment is left
 * untouched and the refused lines are answered. Otherwise the old users are removed and the new
 * ones inserted in one SQLite transaction, which rolls back whole if anything fails in it.
 */
export async function replaceUsers(
  storage: SqliteUserStorage,
  envId: string,
  text: string,
  passwordIterations: number,
): Promise<ReplaceOutcome> {
  const scratch = createUserDirectory({ storage: createMemoryUserStorage(), passwordIterations });
  const report = await importUsers(scratch, envId, text);
  if (report.failed.length > 0) return { replaced: false, failed: report.failed };
  const users = await collect(scratch, envId, report.uids);
  storage.replaceUsers(envId, users);
  return { replaced: true, imported: users.length };
}
