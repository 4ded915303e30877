import { createRequire } from 'node:module';
import { signTc3, webCryptoHashProvider } from '@org/tcb-user-contract';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTcbUserClient } from '../src/index.js';
import { nodeHashProvider } from '../src/internal/node-hash-provider.js';
import {
  ok,
  startTestServer,
  TEST_SECRET_ID,
  TEST_SECRET_KEY,
  type TestServer,
} from './support/tcb-test-server.js';

// The official Tencent Cloud Node SDK's signer, used as the independent reference.
const require = createRequire(import.meta.url);
const OfficialSign = require('tencentcloud-sdk-nodejs/tencentcloud/common/sign.js').default as {
  sign3(input: Record<string, unknown>): string;
};

const documented = {
  secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
  secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
  service: 'cvm',
  timestamp: 1551113065,
  body: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  headers: { 'content-type': 'application/json; charset=utf-8', host: 'cvm.tencentcloudapi.com' },
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((request) =>
    request.action === 'CreateUser' ? ok({ Uid: 'u1' }) : ok({ Total: 0, UserList: [] }),
  );
});
afterAll(() => server.close());
afterEach(() => vi.useRealTimers());

function officialAuthorization(payload: unknown, timestamp: number): string {
  return OfficialSign.sign3({
    method: 'POST',
    url: server.url,
    payload,
    timestamp,
    service: 'tcb',
    secretId: TEST_SECRET_ID,
    secretKey: TEST_SECRET_KEY,
    multipart: false,
    boundary: '',
    headers: { 'Content-Type': 'application/json' },
  });
}

function client() {
  return createTcbUserClient({
    secretId: TEST_SECRET_ID,
    secretKey: TEST_SECRET_KEY,
    envId: 'env-vectors',
    endpoint: server.url,
  });
}

function pinClock(unixSeconds: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(unixSeconds * 1000);
}

describe('TC3 signing known answers', () => {
  it('reproduces the documented vector with the synchronous node:crypto provider', async () => {
    const signed = await signTc3(nodeHashProvider, documented);
    expect(signed.payloadHash).toBe(
      '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
    );
    expect(signed.signature).toBe(
      '72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });

  it('gives the same signature with Web Crypto and node:crypto', async () => {
    const web = await signTc3(webCryptoHashProvider, documented);
    const node = await signTc3(nodeHashProvider, documented);
    expect(node.signature).toBe(web.signature);
  });

  it('signs a DescribeUserList request exactly as the official SDK does', async () => {
    pinClock(1_717_171_717);
    await client().describeUserList({ pageNo: 2, pageSize: 50, name: 'ali' });
    const sent = server.requests.at(-1);
    const payload = { EnvId: 'env-vectors', PageNo: 2, PageSize: 50, Name: 'ali' };
    expect(sent?.rawBody).toBe(JSON.stringify(payload));
    expect(sent?.headers.authorization).toBe(officialAuthorization(payload, 1_717_171_717));
    expect(sent?.headers.authorization).toContain(
      'Credential=AKIDtestsecretid0000000000000000/2024-05-31/tcb/tc3_request',
    );
  });

  it('signs a CreateUser body with a Chinese nickname over its UTF-8 bytes, as the official SDK does', async () => {
    pinClock(1_700_000_000);
    await client().createUser({ name: 'zhang.san', nickName: '张三丰', description: '测试用户' });
    const sent = server.requests.at(-1);
    const payload = {
      EnvId: 'env-vectors',
      Name: 'zhang.san',
      NickName: '张三丰',
      Description: '测试用户',
    };
    expect(sent?.rawBody).toBe(JSON.stringify(payload));
    expect(Buffer.byteLength(sent?.rawBody ?? '')).toBeGreaterThan((sent?.rawBody ?? '').length);
    expect(sent?.headers.authorization).toBe(officialAuthorization(payload, 1_700_000_000));
    expect(sent?.signatureValid).toBe(true);
  });

  it('uses the UTC date on each side of midnight, re-deriving the cached key', async () => {
    const c = client();
    const payload = { EnvId: 'env-vectors' };
    for (const [timestamp, date] of [
      [1_704_067_199, '2023-12-31'],
      [1_704_067_200, '2024-01-01'],
      [1_704_067_199, '2023-12-31'],
    ] as const) {
      pinClock(timestamp);
      await c.describeUserList();
      const auth = server.requests.at(-1)?.headers.authorization;
      expect(auth).toContain(`/${date}/tcb/tc3_request`);
      expect(auth).toBe(officialAuthorization(payload, timestamp));
      expect(server.requests.at(-1)?.headers['x-tc-timestamp']).toBe(String(timestamp));
    }
  });

  it('signs the host without its port', async () => {
    await client().describeUserList();
    const sent = server.requests.at(-1);
    expect(sent?.headers.host).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(sent?.headers.authorization).toContain('SignedHeaders=content-type;host,');
    expect(sent?.signatureValid).toBe(true);
  });
});
