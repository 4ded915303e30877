import type { User } from '@org/tcb-user-client';
import { createElement } from './create-element.js';

/** What the buttons of a row ask for. */
export interface UserRowActions {
  /** Sets the user's status: `BLOCKED` to block, `ACTIVE` to unblock. */
  setStatus(user: User, userStatus: 'ACTIVE' | 'BLOCKED'): void;
  /** Deletes the user. */
  remove(user: User): void;
}

/** Number of columns of the user table, for the "no users" row. */
export const USER_TABLE_COLUMNS = 5;

/**
 * Replaces the rows of the table body with one row per user: name, nickname, email, status and
 * the block/unblock and delete buttons. An empty list shows one "no users" row.
 */
export function renderUserRows(
  body: HTMLTableSectionElement,
  users: readonly User[],
  actions: UserRowActions,
): void {
  if (users.length === 0) {
    const cell = createElement('td', { colspan: String(USER_TABLE_COLUMNS), text: 'No users.' });
    body.replaceChildren(createElement('tr', { class: 'empty' }, [cell]));
    return;
  }
  body.replaceChildren(...users.map((user) => renderRow(user, actions)));
}

function renderRow(user: User, actions: UserRowActions): HTMLTableRowElement {
  const blocked = user.UserStatus === 'BLOCKED';
  const toggle = createElement('button', {
    type: 'button',
    'data-action': blocked ? 'unblock' : 'block',
    'aria-label': `${blocked ? 'Unblock' : 'Block'} ${user.Name}`,
    text: blocked ? 'Unblock' : 'Block',
  });
  toggle.addEventListener('click', () => actions.setStatus(user, blocked ? 'ACTIVE' : 'BLOCKED'));

  const remove = createElement('button', {
    type: 'button',
    'data-action': 'delete',
    'aria-label': `Delete ${user.Name}`,
    text: 'Delete',
  });
  remove.addEventListener('click', () => actions.remove(user));

  return createElement('tr', { 'data-uid': user.Uid }, [
    createElement('td', { 'data-column': 'name', text: user.Name }),
    createElement('td', { 'data-column': 'nickname', text: user.NickName }),
    createElement('td', { 'data-column': 'email', text: user.Email }),
    createElement('td', { 'data-column': 'status', text: user.UserStatus }),
    createElement('td', { class: 'actions' }, [toggle, ' ', remove]),
  ]);
}
