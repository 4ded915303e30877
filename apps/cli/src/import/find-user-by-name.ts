import type { Pacer, TcbUserClient, User } from '@org/tcb-user-client';

/**
 * Finds the user whose name is exactly `name`. The service's name filter matches substrings,
 * so every match is checked for equality (and pages are followed until one is found).
 */
export async function findUserByName(
  client: Pick<TcbUserClient, 'iterateUsers'>,
  pacer: Pacer,
  name: string,
): Promise<User | undefined> {
  for await (const user of client.iterateUsers({ name }, { pacer, concurrency: 1 })) {
    if (user.Name === name) return user;
  }
  return undefined;
}
