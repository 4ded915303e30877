import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPacer, createTcbUserClient } from '../src/index.js';
import {
  ok,
  startTestServer,
  TEST_SECRET_ID,
  TEST_SECRET_KEY,
  type TestServer,
} from './support/tcb-test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(() => ok({ Uid: 'u-1', Total: 0, UserList: [] }));
});
afterAll(() => server.close());

const client = (extra = {}) =>
  createTcbUserClient({
    secretId: TEST_SECRET_ID,
    secretKey: TEST_SECRET_KEY,
    envId: 'e',
    endpoint: server.url,
    ...extra,
  });

async function sentDuring(run: () => Promise<unknown>): Promise<[unknown, number]> {
  const before = server.requests.length;
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  // Give a request that slipped through time to arrive before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return [error, server.requests.length - before];
}

describe('an abort before the request is sent', () => {
  it('rejects with Transport.Aborted and sends nothing when the call signal fires right after the call starts', async () => {
    const [error, sent] = await sentDuring(() => {
      const controller = new AbortController();
      const call = client().createUser({ name: 'aborted1' }, { signal: controller.signal });
      controller.abort();
      return call;
    });
    expect(error).toMatchObject({ code: 'Transport.Aborted', reason: 'aborted' });
    expect(sent).toBe(0);
  });

  it('rejects with Transport.Aborted and sends nothing when the client signal fires right after the call starts', async () => {
    const [error, sent] = await sentDuring(() => {
      const controller = new AbortController();
      const call = client({ signal: controller.signal }).describeUserList();
      controller.abort();
      return call;
    });
    expect(error).toMatchObject({ code: 'Transport.Aborted' });
    expect(sent).toBe(0);
  });

  it('rejects a bulk helper aborted during the pacer wait with Transport.Aborted and sends nothing', async () => {
    const pacer = createPacer({ requestsPerSecond: 1, windowMs: 60_000 });
    await pacer.wait(); // the only start of this window is used up
    const [error, sent] = await sentDuring(() => {
      const controller = new AbortController();
      const run = client().getUsersByUid(['u-1'], { pacer, signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      return run;
    });
    expect(error).toMatchObject({ code: 'Transport.Aborted', action: 'DescribeUserList' });
    expect(sent).toBe(0);
  });
});
