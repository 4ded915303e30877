// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoUsers } from '../src/demo-users.js';
import { findChromium } from './support/find-chromium.js';
import { type ServedBuild, serveMockBuild } from './support/serve-mock-build.js';

const chromiumLookup = findChromium();
if (!chromiumLookup.found) {
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!! SKIPPED: the end-to-end test in headless Chromium did not run: ${chromiumLookup.reason}.`,
      '!! Install Debian\'s "chromium" package or set CHROMIUM_PATH to run it.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Only loopback resolves: if the service worker ever missed a call, it could not leave.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
const PAGE_SIZE = 5;
const demoNames = createDemoUsers().map((user) => user.name);

describe.skipIf(!chromiumLookup.found)('the page in headless Chromium with msw/browser', () => {
  let served: ServedBuild | undefined;
  let context: BrowserContext | undefined;
  let userDataDir: string | undefined;
  const pageProblems: string[] = [];

  beforeAll(async () => {
    served = await serveMockBuild();
    userDataDir = await mkdtemp(join(tmpdir(), 'tcb-user-web-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumLookup.found ? chromiumLookup.path : '',
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await context?.close();
    await served?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  async function openPage(): Promise<Page> {
    const page = context?.pages()[0] ?? (await context!.newPage());
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageProblems.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) pageProblems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(served!.url);
    await settled(page);
    return page;
  }

  /** Waits until the page has no operation pending (it sets `aria-busy` synchronously). */
  function settled(page: Page): Promise<unknown> {
    return page.waitForFunction(
      () => document.querySelector('#app')?.getAttribute('aria-busy') === 'false',
      undefined,
      { timeout: 15_000 },
    );
  }

  function names(page: Page): Promise<string[]> {
    return page.locator('#users tbody [data-column="name"]').allTextContents();
  }

  async function act(page: Page, selector: string): Promise<void> {
    await page.locator(selector).click();
    await settled(page);
  }

  it('lists, pages, searches, creates, blocks and deletes users via MSW', async () => {
    const page = await openPage();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    const pageCount = Math.ceil(demoNames.length / PAGE_SIZE);
    expect(await names(page)).toEqual(demoNames.slice(0, PAGE_SIZE));
    expect(await page.textContent('#page-info')).toBe(
      `Page 1 of ${pageCount} · ${demoNames.length} users`,
    );

    await act(page, '#next');
    expect(await names(page)).toEqual(demoNames.slice(PAGE_SIZE, 2 * PAGE_SIZE));

    await page.fill('#search', 'ar');
    await act(page, '#search-form button[type="submit"]');
    expect(await names(page)).toEqual(demoNames.filter((name) => name.includes('ar')));

    const created = 'e2e-user';
    await page.fill('#create-name', created);
    await page.fill('#create-nickName', 'End to end');
    await page.fill('#create-email', 'e2e@example.com');
    await page.fill('#create-password', 'Abc@12345');
    await act(page, '#create-user button[type="submit"]');
    expect(await page.textContent('#create-message')).toBe(`Created ${created}.`);
    expect(await names(page)).toContain(created);
    expect(await page.textContent('#page-info')).toContain(`${demoNames.length + 1} users`);

    const row = page.locator(`#users tbody tr:has([data-column="name"]:text-is("${created}"))`);
    expect(await row.locator('[data-column="status"]').textContent()).toBe('ACTIVE');
    await act(page, `[aria-label="Block ${created}"]`);
    expect(await row.locator('[data-column="status"]').textContent()).toBe('BLOCKED');

    await act(page, `[aria-label="Delete ${created}"]`);
    expect(await names(page)).not.toContain(created);
    expect(await page.textContent('#page-info')).toContain(`${demoNames.length} users`);
    expect(await page.textContent('#page-status')).toBe(`Deleted ${created}.`);

    expect(pageProblems).toEqual([]);
  });
});
