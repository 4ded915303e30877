import { createElement } from './create-element.js';
import { USER_TABLE_COLUMNS } from './render-user-rows.js';

/** What the search box and the pager ask the page to do. */
export interface UserAdminViewActions {
  /** Shows the first page of users whose name contains `filter` (all users when empty). */
  search(filter: string): void;
  /** Shows the previous page. */
  previous(): void;
  /** Shows the next page. */
  next(): void;
}

/** The static parts of the page and the few ways to update them. */
export interface UserAdminView {
  /** The search box, alert, status line, table and pager, in that order. */
  element: HTMLElement;
  /** The search input, which the page clears after a create. */
  searchInput: HTMLInputElement;
  /** Where the user rows go. */
  tableBody: HTMLTableSectionElement;
  /** Shows a failure in the alert line; `''` hides it. */
  showError(text: string): void;
  /** Shows what the last action did; `''` clears it. */
  showStatus(text: string): void;
  /** Shows "Page n of m · t users" and enables the buttons that lead somewhere. */
  showPager(pageNo: number, pageCount: number, total: number): void;
}

const HEADINGS = ['Name', 'Nickname', 'Email', 'Status', 'Actions'];

/** Builds the search form, the alert and status lines, the user table and the pager. */
export function createUserAdminView(actions: UserAdminViewActions): UserAdminView {
  const searchInput = createElement('input', { id: 'search', name: 'search', type: 'search' });
  const search = createElement('form', { id: 'search-form', role: 'search' }, [
    createElement('label', { for: 'search', text: 'Search by name ' }),
    searchInput,
    createElement('button', { type: 'submit', text: 'Search' }),
  ]);
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.search(searchInput.value.trim());
  });

  const alert = createElement('p', { id: 'page-error', role: 'alert', hidden: true });
  const status = createElement('p', { id: 'page-status', role: 'status' });
  const tableBody = createElement('tbody');
  const head = createElement(
    'tr',
    {},
    HEADINGS.map((text) => createElement('th', { text })),
  );
  const table = createElement('table', { id: 'users' }, [
    createElement('thead', {}, [head]),
    tableBody,
  ]);
  tableBody.append(
    createElement('tr', {}, [
      createElement('td', { colspan: String(USER_TABLE_COLUMNS), text: 'Loading…' }),
    ]),
  );

  const previous = createElement('button', { type: 'button', id: 'previous', text: 'Previous' });
  const next = createElement('button', { type: 'button', id: 'next', text: 'Next' });
  const info = createElement('span', { id: 'page-info' });
  previous.addEventListener('click', () => actions.previous());
  next.addEventListener('click', () => actions.next());
  const pager = createElement('nav', { id: 'pager', 'aria-label': 'Pages' }, [
    previous,
    info,
    next,
  ]);

  return {
    element: createElement('section', {}, [search, alert, status, table, pager]),
    searchInput,
    tableBody,
    showError(text) {
      alert.textContent = text;
      alert.hidden = text === '';
    },
    showStatus(text) {
      status.textContent = text;
    },
    showPager(pageNo, pageCount, total) {
      info.textContent = `Page ${pageNo} of ${pageCount} · ${total} users`;
      previous.disabled = pageNo <= 1;
      next.disabled = pageNo >= pageCount;
    },
  };
}
