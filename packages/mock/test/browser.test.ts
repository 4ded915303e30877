import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Answer {
  status: number;
  response: {
    Data?: { Uid?: string; Total?: number; UserList?: { Name: string }[] };
    Error?: { Code: string };
  };
}

type BrowserResult = { failure?: string; passwordKept: boolean } & Record<
  'created' | 'duplicate' | 'listed' | 'malformed' | 'overridden' | 'afterOnce',
  Answer
>;

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
const root = fileURLToPath(new URL('./browser/', import.meta.url));

describe.skipIf(!hasChromium)('under msw/browser in headless Chromium', () => {
  let server: ViteDevServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await createServer({
      root,
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    });
    await server.listen();
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Only loopback resolves: the page can reach nothing but the local dev server.
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves stateful answers, error envelopes and once overrides from the service worker', async () => {
    const page = await browser.newPage();
    const origin = server.resolvedUrls?.local[0] ?? '';
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await page.goto(origin);
    await page.waitForFunction(() => window.mockResult !== undefined, undefined, {
      timeout: 30_000,
    });
    const result = (await page.evaluate(() => window.mockResult)) as BrowserResult;
    expect(result.failure).toBeUndefined();
    expect(result.created.status).toBe(200);
    expect(typeof result.created.response.Data?.Uid).toBe('string');
    expect(result.duplicate.response.Error?.Code).toBe('FailedOperation.DuplicatedData');
    expect(result.listed.response.Data?.UserList?.map((u) => u.Name)).toEqual(['seeded', 'ada']);
    expect(result.malformed.response.Error?.Code).toBe('InvalidParameter');
    expect(result.overridden.response.Error?.Code).toBe('InternalError');
    expect(result.afterOnce.response.Data?.Total).toBe(2);
    expect(result.passwordKept).toBe(true);
    await page.close();
  }, 60_000);
});
