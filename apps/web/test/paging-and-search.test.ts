import { describe, expect, it } from 'vitest';
import { mountPage } from './support/mount-page.js';
import { createSeedUsers, useMockService } from './support/use-mock-service.js';

const seed = createSeedUsers(12);
const names = seed.map((user) => user.name);
const pageSize = 5;
const pageCount = Math.ceil(seed.length / pageSize);

describe('paging and search', () => {
  useMockService(seed);

  it('shows the first page in creation order with the total of users', async () => {
    const page = await mountPage(pageSize);

    expect(page.names()).toEqual(names.slice(0, pageSize));
    expect(page.pageInfo()).toBe(`Page 1 of ${pageCount} · ${seed.length} users`);
    expect(page.root.querySelector<HTMLButtonElement>('#previous')?.disabled).toBe(true);
    expect(page.alert()).toBe('');
  });

  it('moves through the pages and disables the buttons at either end', async () => {
    const page = await mountPage(pageSize);

    for (let pageNo = 2; pageNo <= pageCount; pageNo += 1) await page.click('#next');
    expect(page.names()).toEqual(names.slice((pageCount - 1) * pageSize));
    expect(page.pageInfo()).toContain(`Page ${pageCount} of ${pageCount}`);
    expect(page.root.querySelector<HTMLButtonElement>('#next')?.disabled).toBe(true);

    await page.click('#previous');
    expect(page.names()).toEqual(
      names.slice((pageCount - 2) * pageSize, (pageCount - 1) * pageSize),
    );
  });

  it('shows only users whose name contains the search text, starting again at page 1', async () => {
    const page = await mountPage(pageSize);
    await page.click('#next');

    await page.search('user-1');
    const matches = names.filter((name) => name.includes('user-1'));
    expect(matches.length).toBeGreaterThan(0);
    expect(page.names()).toEqual(matches.slice(0, pageSize));
    expect(page.pageInfo()).toBe(`Page 1 of 1 · ${matches.length} users`);
  });

  it('shows an empty table when no name matches and every user again once cleared', async () => {
    const page = await mountPage(pageSize);

    await page.search('nobody-has-this-name');
    expect(page.names()).toEqual([]);
    expect(page.text('#users tbody')).toBe('No users.');
    expect(page.pageInfo()).toBe('Page 1 of 1 · 0 users');

    await page.search('');
    expect(page.names()).toEqual(names.slice(0, pageSize));
  });
});
