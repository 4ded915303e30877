import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTcbUserClient, type TcbUserClientOptions } from '../src/index.js';
import {
  ok,
  startTestServer,
  TEST_SECRET_ID,
  TEST_SECRET_KEY,
  type TestServer,
} from './support/tcb-test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((r) =>
    r.action === 'ModifyUser' ? ok({ Success: null }) : ok({ Total: 0, UserList: [] }),
  );
});
afterAll(() => server.close());

const base = { secretId: TEST_SECRET_ID, secretKey: TEST_SECRET_KEY, envId: 'env-wire' };
const make = (extra: Partial<TcbUserClientOptions> = {}) =>
  createTcbUserClient({ ...base, endpoint: server.url, ...extra });

describe('what goes on the wire', () => {
  it('sends only the required headers when no optional setting is given', async () => {
    await make().describeUserList();
    const h = server.requests.at(-1)?.headers ?? {};
    expect(h['content-type']).toBe('application/json');
    expect(h['x-tc-action']).toBe('DescribeUserList');
    expect(h['x-tc-version']).toBe('2018-06-08');
    expect(Number(h['x-tc-timestamp'])).toBeCloseTo(Date.now() / 1000, -1);
    expect(h['x-tc-region']).toBeUndefined();
    expect(h['x-tc-token']).toBeUndefined();
    expect(h['x-tc-language']).toBeUndefined();
    expect(h.authorization).toMatch(/^TC3-HMAC-SHA256 Credential=/);
  });

  it('sends region, session token and language when they are given', async () => {
    await make({
      region: 'ap-shanghai',
      sessionToken: 'tmp-token-1',
      language: 'en-US',
    }).describeUserList();
    const h = server.requests.at(-1)?.headers ?? {};
    expect(h['x-tc-region']).toBe('ap-shanghai');
    expect(h['x-tc-token']).toBe('tmp-token-1');
    expect(h['x-tc-language']).toBe('en-US');
    expect(server.requests.at(-1)?.signatureValid).toBe(true);
  });

  it('sends PascalCase parameters with EnvId and leaves absent fields out', async () => {
    await make().describeUserList({ pageSize: 5, uidList: ['a', 'b'] });
    expect(server.requests.at(-1)?.body).toEqual({
      EnvId: 'env-wire',
      PageSize: 5,
      UidList: ['a', 'b'],
    });
  });

  it('drops empty "unchanged" modify fields and keeps empty clearable ones', async () => {
    const res = await make().modifyUser({
      uid: 'u1',
      name: '',
      type: '',
      userStatus: '',
      nickName: '',
      phone: '',
    });
    expect(server.requests.at(-1)?.body).toEqual({
      EnvId: 'env-wire',
      Uid: 'u1',
      NickName: '',
      Phone: '',
    });
    expect(res.Data).toEqual({ Success: null });
  });

  it('resolves to exactly RequestId and Data', async () => {
    const res = await make().describeUserList();
    expect(res).toEqual({ RequestId: 'req-ok', Data: { Total: 0, UserList: [] } });
  });

  it('reads the endpoint and credentials from the environment when options leave them out', async () => {
    const saved = { ...process.env };
    process.env.TCB_BASE_URL = server.url;
    process.env.TENCENTCLOUD_SECRETID = TEST_SECRET_ID;
    process.env.TENCENTCLOUD_SECRETKEY = TEST_SECRET_KEY;
    process.env.TENCENTCLOUD_SESSIONTOKEN = 'env-token';
    try {
      await createTcbUserClient({ envId: 'env-from-env' }).describeUserList();
    } finally {
      process.env = saved;
    }
    const sent = server.requests.at(-1);
    expect(sent?.body.EnvId).toBe('env-from-env');
    expect(sent?.headers['x-tc-token']).toBe('env-token');
    expect(sent?.signatureValid).toBe(true);
  });

  it('sends through a custom fetch when one is given', async () => {
    const seen: string[] = [];
    const fetch = async (url: string, init: RequestInit) => {
      seen.push(`${url} ${new Headers(init.headers).get('x-tc-action')}`);
      return globalThis.fetch(url, init);
    };
    const res = await make({ fetch }).describeUserList();
    expect(seen).toEqual([`${server.url} DescribeUserList`]);
    expect(res.RequestId).toBe('req-ok');
    expect(server.requests.at(-1)?.signatureValid).toBe(true);
  });

  it('calls the hooks around each attempt without the password', async () => {
    const events: string[] = [];
    const hooks = {
      beforeRequest: (c: { action: string; attempt: number; params: Record<string, unknown> }) =>
        events.push(`before ${c.action} ${c.attempt} ${String(c.params.Password)}`),
      afterResponse: (c: { requestId: string; durationMs: number }) =>
        events.push(`after ${c.requestId} ${c.durationMs >= 0}`),
    };
    await make({ hooks }).modifyUser({ uid: 'u1', password: 'Abc@12345' });
    expect(events).toEqual(['before ModifyUser 1 ***', 'after req-ok true']);
  });
});
