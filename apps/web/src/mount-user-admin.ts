import type { TcbUserClient, User } from '@org/tcb-user-client';
import { createElement } from './create-element.js';
import { createUserForm } from './create-user-form.js';
import { describeError } from './describe-error.js';
import { renderUserRows } from './render-user-rows.js';
import { createUserAdminView, type UserAdminView } from './user-admin-view.js';

/** Options of `mountUserAdmin`. */
export interface UserAdminOptions {
  /** The client every call goes through. */
  client: TcbUserClient;
  /** Users per page. Default: 5. */
  pageSize?: number;
}

/** A mounted page. */
export interface UserAdmin {
  /** Settles once every operation started so far (loads, creates, blocks, deletes) is done. */
  idle(): Promise<void>;
}

/**
 * Renders the user admin page into `root` and loads the first page: a table with paging and a
 * name search, block/unblock and delete buttons per row, and a create form. Operations run one
 * after another; `aria-busy` is set on `root` while any is pending.
 *
 * @example
 * ```ts
 * const admin = mountUserAdmin(document.querySelector('#app')!, { client });
 * await admin.idle();
 * ```
 */
export function mountUserAdmin(root: HTMLElement, options: UserAdminOptions): UserAdmin {
  const { client } = options;
  const pageSize = options.pageSize ?? 5;
  const state = { pageNo: 1, filter: '', total: 0, users: [] as User[] };
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;

  const view: UserAdminView = createUserAdminView({
    search: (filter) => guarded(() => showPage(1, filter)),
    previous: () => guarded(() => showPage(state.pageNo - 1, state.filter)),
    next: () => guarded(() => showPage(state.pageNo + 1, state.filter)),
  });
  const form = createUserForm({
    // One queued task: a refused create rejects to the form, a failed reload shows in the alert.
    create: (values) =>
      enqueue(async () => {
        await client.createUser(values);
        view.searchInput.value = '';
        await showLastPage(`Created ${values.name}.`).then(
          () => view.showError(''),
          (error: unknown) => view.showError(describeError(error)),
        );
      }),
  });
  root.replaceChildren(createElement('h1', { text: 'CloudBase users' }), view.element, form);

  /** Runs a task after the ones before it; its own result or error goes back to the caller. */
  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    pending += 1;
    root.setAttribute('aria-busy', 'true');
    const result = queue.then(task).finally(() => {
      pending -= 1;
      if (pending === 0) root.setAttribute('aria-busy', 'false');
    });
    queue = result.catch(() => undefined);
    return result;
  }

  /** Runs a task in the queue and shows its failure in the page's alert instead of throwing. */
  function guarded(task: () => Promise<void>): Promise<void> {
    return enqueue(async () => {
      try {
        await task();
        view.showError('');
      } catch (error) {
        view.showError(describeError(error));
      }
    });
  }

  async function fetchPage(pageNo: number, filter: string): Promise<void> {
    const { Data } = await client.describeUserList({
      pageNo,
      pageSize,
      ...(filter ? { name: filter } : {}),
    });
    Object.assign(state, { pageNo, filter, total: Data.Total, users: Data.UserList });
  }

  function lastPage(): number {
    return Math.max(1, Math.ceil(state.total / pageSize));
  }

  async function showPage(pageNo: number, filter: string, status = ''): Promise<void> {
    await fetchPage(Math.max(1, pageNo), filter);
    // A delete can empty the last page; the service then answers an empty page, not an error.
    if (state.users.length === 0 && state.pageNo > lastPage()) {
      await fetchPage(lastPage(), filter);
    }
    render(status);
  }

  /** Clears the search and shows the last page, where the service lists the newest users. */
  async function showLastPage(status: string): Promise<void> {
    await fetchPage(1, '');
    if (lastPage() > 1) await fetchPage(lastPage(), '');
    render(status);
  }

  function render(status: string): void {
    renderUserRows(view.tableBody, state.users, { setStatus, remove });
    view.showPager(state.pageNo, lastPage(), state.total);
    view.showStatus(status);
  }

  function setStatus(user: User, userStatus: 'ACTIVE' | 'BLOCKED'): void {
    void guarded(async () => {
      await client.modifyUser({ uid: user.Uid, userStatus });
      const done = userStatus === 'BLOCKED' ? 'Blocked' : 'Unblocked';
      await showPage(state.pageNo, state.filter, `${done} ${user.Name}.`);
    });
  }

  function remove(user: User): void {
    void guarded(async () => {
      const { Data } = await client.deleteUsers({ uids: [user.Uid] });
      const done =
        Data.SuccessCount > 0 ? `Deleted ${user.Name}.` : `${user.Name} was not deleted.`;
      await showPage(state.pageNo, state.filter, done);
    });
  }

  async function idle(): Promise<void> {
    for (;;) {
      const seen = queue;
      await seen;
      // A macrotask lets callers that react to the last task (the form) finish their own work.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (seen === queue) return;
    }
  }

  void guarded(() => showPage(1, ''));
  return { idle };
}
