import type { Pacer, TcbUserClient } from '@org/tcb-user-client';
import { TCB_USER_LIMITS } from '@org/tcb-user-contract';

/** What is known before an import about the users already in the environment. */
export interface ExistingUsers {
  /** Users in the environment before the import. */
  total: number;
  /** Uid of each name taken, or `undefined` when listing them would cost more than it saves. */
  names: Map<string, string> | undefined;
}

/**
 * Reads which names the environment already holds, so rows created by an earlier, interrupted
 * run are skipped without a request each. Listing costs one request per 100 users; when that is
 * more than one per row to import, names are instead checked only when a create reports a
 * duplicate.
 */
export async function findExistingNames(
  client: Pick<TcbUserClient, 'describeUserList' | 'iterateUsers'>,
  pacer: Pacer,
  rowCount: number,
): Promise<ExistingUsers> {
  await pacer.wait();
  const first = await client.describeUserList({ pageSize: 1 });
  const total = first.Data.Total;
  if (total === 0) return { total, names: new Map() };
  if (Math.ceil(total / TCB_USER_LIMITS.maxPageSize) > rowCount) return { total, names: undefined };
  const names = new Map<string, string>();
  for await (const user of client.iterateUsers({}, { pacer })) names.set(user.Name, user.Uid);
  return { total, names };
}
