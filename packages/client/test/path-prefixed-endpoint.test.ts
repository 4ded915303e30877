import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTcbUserClient } from '../src/index.js';
import {
  ok,
  startTestServer,
  TEST_SECRET_ID,
  TEST_SECRET_KEY,
  type TestServer,
} from './support/tcb-test-server.js';

// The test server recomputes each signature over the path and query the request arrived at.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(() => ok({ Total: 0, UserList: [] }));
});
afterAll(() => server.close());

describe('an endpoint with a path or query', () => {
  it.each([
    ['a path prefix', 'somepath/', '/somepath/'],
    ['a query', '?x=1', '/?x=1'],
    ['a path prefix and a query', 'gw/tcb?stage=test&a=b%20c', '/gw/tcb?stage=test&a=b%20c'],
  ])('signs exactly the path and query it sends to, for %s', async (_what, suffix, target) => {
    const client = createTcbUserClient({
      secretId: TEST_SECRET_ID,
      secretKey: TEST_SECRET_KEY,
      envId: 'e',
      endpoint: `${server.url}${suffix}`,
      maxRetries: 0,
    });
    await expect(client.describeUserList()).resolves.toMatchObject({ RequestId: 'req-ok' });
    expect(server.requests.at(-1)).toMatchObject({ url: target, signatureValid: true });
  });
});
