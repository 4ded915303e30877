import { TCB_USER_LIMITS, type User } from '@org/tcb-user-contract';
import type { BulkOptions } from './bulk-options.js';
import type { Pacer } from './create-pacer.js';
import { checkUids } from './internal/check-uids.js';
import { chunk, mapBounded } from './internal/map-bounded.js';
import { paced } from './internal/paced.js';
import type { UserCalls } from './internal/user-calls.js';

/** What `getUsersByUid` found. */
export interface UsersByUid {
  /** The users found, in the order their uids were asked for (each uid once). */
  users: User[];
  /** Uids that no user has. */
  notFound: string[];
}

/**
 * Fetches the users with the given uids, 100 per request, and tells which uids had no user.
 * Rejects with a `ValidationError` before sending anything when `uids` is not a list of uids.
 */
export async function getUsersByUid(
  calls: UserCalls,
  pacer: Pacer,
  uids: readonly string[],
  options: BulkOptions = {},
): Promise<UsersByUid> {
  const unique = [...new Set(checkUids(uids, 'getUsersByUid'))];
  const batch = TCB_USER_LIMITS.batchLimit;
  const call = { ...(options.signal ? { signal: options.signal } : {}) };
  const pages = await mapBounded(chunk(unique, batch), options.concurrency ?? 4, (uidList) =>
    paced(options, pacer, 'DescribeUserList', () =>
      calls.describeUserList({ uidList, pageSize: batch }, call),
    ),
  );
  const byUid = new Map<string, User>();
  for (const page of pages) for (const user of page.Data.UserList) byUid.set(user.Uid, user);
  const users: User[] = [];
  const notFound: string[] = [];
  for (const uid of unique) {
    const user = byUid.get(uid);
    if (user) users.push(user);
    else notFound.push(uid);
  }
  return { users, notFound };
}
