import { createPageClient } from '../../src/create-page-client.js';
import { mountUserAdmin, type UserAdmin } from '../../src/mount-user-admin.js';
import { PUBLIC_ENDPOINT } from '../../src/read-page-config.js';

/** A mounted page and the small set of reads and clicks the component tests need. */
export interface MountedPage {
  admin: UserAdmin;
  root: HTMLElement;
  /** Names in the table, top to bottom. */
  names(): string[];
  /** The status cell of the row with this name, or undefined when no row has it. */
  statusOf(name: string): string | undefined;
  /** The pager line, such as `Page 1 of 3 · 12 users`. */
  pageInfo(): string;
  /** The alert line's text, `''` when hidden. */
  alert(): string;
  /** Clicks the element and waits until the page is idle. */
  click(selector: string): Promise<void>;
  /** Types into the search box, submits, and waits. */
  search(text: string): Promise<void>;
  /** Fills the create form with these values (others left empty), submits, and waits. */
  create(values: Record<string, string>): Promise<void>;
  /** Reads an element's text, `''` when missing. */
  text(selector: string): string;
}

/** Mounts the page in the document with the page's own client and waits for the first page. */
export async function mountPage(pageSize = 5): Promise<MountedPage> {
  const root = document.createElement('main');
  document.body.append(root);
  // The client's default Node transport is not seen by msw/node; the page's own transport in a
  // browser is `fetch`, so the tests use `fetch` too, looked up per call as MSW patches it.
  const client = createPageClient({ endpoint: PUBLIC_ENDPOINT, envId: 'mock-env' }, (input, init) =>
    globalThis.fetch(input, init),
  );
  const admin = mountUserAdmin(root, { client, pageSize });
  await admin.idle();

  const find = <E extends Element = HTMLElement>(selector: string): E => {
    const element = root.querySelector<E>(selector);
    if (!element) throw new Error(`No element matches ${selector}`);
    return element;
  };
  const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';
  const rowOf = (name: string) =>
    [...root.querySelectorAll('#users tbody tr')].find(
      (row) => row.querySelector('[data-column="name"]')?.textContent === name,
    );

  return {
    admin,
    root,
    text,
    names: () =>
      [...root.querySelectorAll('#users tbody [data-column="name"]')].map(
        (c) => c.textContent ?? '',
      ),
    statusOf: (name) =>
      rowOf(name)?.querySelector('[data-column="status"]')?.textContent ?? undefined,
    pageInfo: () => text('#page-info'),
    alert: () => (find('#page-error').hidden ? '' : text('#page-error')),
    async click(selector) {
      find(selector).click();
      await admin.idle();
    },
    async search(value) {
      find<HTMLInputElement>('#search').value = value;
      find<HTMLFormElement>('#search-form').requestSubmit();
      await admin.idle();
    },
    async create(values) {
      const form = find<HTMLFormElement>('#create-user');
      for (const input of form.querySelectorAll('input')) input.value = values[input.name] ?? '';
      form.requestSubmit();
      await admin.idle();
    },
  };
}
