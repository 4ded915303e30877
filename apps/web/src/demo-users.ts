import type { SeedUser } from '@org/tcb-user-mock';

const FIRST_NAMES = ['ada', 'alan', 'barbara', 'edsger', 'frances', 'grace', 'john', 'katherine'];

/**
 * The users the in-browser mock starts with: enough for three pages of five, some blocked, so
 * paging, search and unblock have something to show.
 */
export function createDemoUsers(): SeedUser[] {
  return [...FIRST_NAMES, 'linus', 'margaret', 'radia', 'tim'].map((name, index) => ({
    name,
    nickName: name.charAt(0).toUpperCase() + name.slice(1),
    email: `${name}@example.com`,
    userStatus: index % 4 === 3 ? 'BLOCKED' : 'ACTIVE',
  }));
}
