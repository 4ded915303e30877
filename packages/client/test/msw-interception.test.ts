import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTcbUserClient } from '../src/index.js';

// Port 9 on loopback has no listener here: if the default transport slipped past msw, the call
// would fail with a refused connection instead of reading the mocked answer.
const endpoint = 'http://127.0.0.1:9/';
const seen: string[] = [];
const server = setupServer(
  http.post(endpoint, ({ request }) => {
    seen.push(request.headers.get('x-tc-action') ?? '');
    return HttpResponse.json({
      Response: { Data: { Total: 0, UserList: [] }, RequestId: 'req-msw' },
    });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('default Node transport under msw/node', () => {
  it('is intercepted by setupServer, so tests against the mock never reach the network', async () => {
    const client = createTcbUserClient({
      secretId: 'AKIDtest',
      secretKey: 'test-secret-key',
      envId: 'env-1',
      endpoint,
      maxRetries: 0,
    });
    const result = await client.describeUserList({});
    expect(result).toEqual({ RequestId: 'req-msw', Data: { Total: 0, UserList: [] } });
    expect(seen).toEqual(['DescribeUserList']);
  });
});
