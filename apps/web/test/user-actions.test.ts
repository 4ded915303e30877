import { answerError } from '@org/tcb-user-mock';
import { describe, expect, it } from 'vitest';
import { mountPage } from './support/mount-page.js';
import { createSeedUsers, useMockService } from './support/use-mock-service.js';

const seed = createSeedUsers(6);
const pageSize = 5;
const [first, second] = seed.map((user) => user.name);

describe('block, unblock and delete', () => {
  const { mock, server } = useMockService(seed);

  async function storedStatus(name: string | undefined): Promise<string | undefined> {
    return (await mock.directory.users()).find((user) => user.Name === name)?.UserStatus;
  }

  it('blocks an active user and unblocks it again', async () => {
    const page = await mountPage(pageSize);

    await page.click(`[aria-label="Block ${first}"]`);
    expect(page.statusOf(first ?? '')).toBe('BLOCKED');
    expect(await storedStatus(first)).toBe('BLOCKED');
    expect(page.text('#page-status')).toBe(`Blocked ${first}.`);

    await page.click(`[aria-label="Unblock ${first}"]`);
    expect(page.statusOf(first ?? '')).toBe('ACTIVE');
    expect(await storedStatus(first)).toBe('ACTIVE');
  });

  it('deletes a user, removes its row and moves the next user up', async () => {
    const page = await mountPage(pageSize);

    await page.click(`[aria-label="Delete ${second}"]`);

    const remaining = seed.map((user) => user.name).filter((name) => name !== second);
    expect(page.names()).toEqual(remaining.slice(0, pageSize));
    expect(page.pageInfo()).toContain(`${remaining.length} users`);
    expect((await mock.directory.users()).map((user) => user.Name)).toEqual(remaining);
  });

  it('shows the page before when the last user of the last page is deleted', async () => {
    const page = await mountPage(pageSize);
    await page.click('#next');
    const last = page.names();
    expect(last).toHaveLength(seed.length - pageSize);

    for (const name of last) await page.click(`[aria-label="Delete ${name}"]`);

    expect(page.pageInfo()).toBe(`Page 1 of 1 · ${pageSize} users`);
    expect(page.names()).toEqual(seed.slice(0, pageSize).map((user) => user.name));
  });

  it('shows the error code of a refused block and keeps the row unchanged', async () => {
    const page = await mountPage(pageSize);
    server.use(answerError('ModifyUser', 'ResourceNotFound.UserNotExist'));

    await page.click(`[aria-label="Block ${first}"]`);

    expect(page.alert()).toContain('ResourceNotFound.UserNotExist');
    expect(page.statusOf(first ?? '')).toBe('ACTIVE');
    expect(await storedStatus(first)).toBe('ACTIVE');
  });

  it('shows the error when the list cannot be loaded and recovers on the next search', async () => {
    server.use(answerError('DescribeUserList', 'InternalError'));
    const page = await mountPage(pageSize);

    expect(page.alert()).toContain('InternalError');
    expect(page.names()).toEqual([]);

    server.resetHandlers();
    await page.search('');
    expect(page.alert()).toBe('');
    expect(page.names()).toEqual(seed.slice(0, pageSize).map((user) => user.name));
  });

  it('says so when the service counts a delete as failed', async () => {
    const page = await mountPage(pageSize);
    const uid = (await mock.directory.users()).find((user) => user.Name === first)?.Uid ?? '';
    mock.faults.failDeletesOf([uid]);

    await page.click(`[aria-label="Delete ${first}"]`);

    expect(page.text('#page-status')).toBe(`${first} was not deleted.`);
    expect(page.names()).toContain(first);
    mock.faults.clear();
  });
});
