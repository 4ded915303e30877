import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudBase, createTcbUserClient } from '../src/browser/index.js';
import {
  ok,
  startTestServer,
  TEST_SECRET_ID,
  TEST_SECRET_KEY,
  type TestServer,
} from './support/tcb-test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(() => ok({ Total: 0, UserList: [] }));
});
afterAll(() => server.close());

describe('browser entry', () => {
  it('signs with Web Crypto and sends with the global fetch', async () => {
    const client = createTcbUserClient({
      secretId: TEST_SECRET_ID,
      secretKey: TEST_SECRET_KEY,
      envId: 'env-browser',
      endpoint: server.url,
    });
    const res = await client.describeUserList({ nickName: '小明' });
    expect(res.Data.Total).toBe(0);
    expect(server.requests.at(-1)?.signatureValid).toBe(true);
  });

  it('offers CloudBase.init with the same user calls', async () => {
    const app = CloudBase.init({
      secretId: TEST_SECRET_ID,
      secretKey: TEST_SECRET_KEY,
      envId: 'e',
      endpoint: server.url,
    });
    const res = await app.user.describeUserList();
    expect(res.RequestId).toBe('req-ok');
  });

  it('reaches no node: module from the browser entry', () => {
    const seen = new Set<string>();
    const nodeImports: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/from '([^']+)'/g)) {
        if (spec?.startsWith('node:')) nodeImports.push(`${file}: ${spec}`);
        if (spec?.startsWith('.')) walk(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      }
    };
    walk(fileURLToPath(new URL('../src/browser/index.ts', import.meta.url)));
    expect(seen.size).toBeGreaterThan(10);
    expect(nodeImports).toEqual([]);
  });
});
