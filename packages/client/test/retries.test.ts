import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTcbUserClient } from '../src/index.js';
import {
  type Answer,
  fail,
  ok,
  startTestServer,
  TEST_SECRET_ID,
  TEST_SECRET_KEY,
  type TestServer,
} from './support/tcb-test-server.js';

let server: TestServer;
let script: Answer[] = [];
beforeAll(async () => {
  server = await startTestServer(() => script.shift() ?? ok({ Uid: 'done' }));
});
afterAll(() => server.close());

const client = (extra = {}) =>
  createTcbUserClient({
    secretId: TEST_SECRET_ID,
    secretKey: TEST_SECRET_KEY,
    envId: 'e',
    endpoint: server.url,
    retryBaseDelayMs: 5,
    retryMaxDelayMs: 20,
    ...extra,
  });

async function sent(run: () => Promise<unknown>): Promise<{ count: number; outcome: unknown }> {
  const before = server.requests.length;
  const outcome = await run().catch((e: unknown) => e);
  return { count: server.requests.length - before, outcome };
}

describe('retries', () => {
  it('retries RequestLimitExceeded and InternalError, then succeeds', async () => {
    script = [
      fail('RequestLimitExceeded', 'slow down'),
      fail('InternalError', 'oops'),
      ok({ SuccessCount: 1, FailedCount: 0 }),
    ];
    const { count, outcome } = await sent(() => client().deleteUsers({ uids: ['a'] }));
    expect(count).toBe(3);
    expect(outcome).toMatchObject({ Data: { SuccessCount: 1 } });
  });

  it('gives up after maxRetries and throws the last error', async () => {
    script = [fail('InternalError', '1'), fail('InternalError', '2'), fail('InternalError', '3')];
    const { count, outcome } = await sent(() =>
      client({ maxRetries: 1 }).deleteUsers({ uids: ['a'] }),
    );
    expect(count).toBe(2);
    expect(outcome).toMatchObject({ code: 'InternalError', serviceMessage: '2' });
    script = [];
  });

  it('never retries a create without a caller-given uid', async () => {
    script = [fail('InternalError', 'maybe created')];
    const { count, outcome } = await sent(() => client().createUser({ name: 'ada' }));
    expect(count).toBe(1);
    expect(outcome).toMatchObject({ code: 'InternalError' });
  });

  it('retries a create whose uid the caller chose', async () => {
    script = [fail('RequestLimitExceeded', 'slow down'), ok({ Uid: 'ada-1' })];
    const { count, outcome } = await sent(() => client().createUser({ name: 'ada', uid: 'ada-1' }));
    expect(count).toBe(2);
    expect(outcome).toMatchObject({ Data: { Uid: 'ada-1' } });
  });

  it('does not retry errors the caller must fix', async () => {
    script = [fail('FailedOperation.DuplicatedData', 'taken')];
    const { count } = await sent(() => client().modifyUser({ uid: 'u', name: 'ada' }));
    expect(count).toBe(1);
  });

  it('retries a non-envelope answer of a safe call', async () => {
    script = [{ status: 503, text: 'busy' }, ok({ Total: 0, UserList: [] })];
    const { count, outcome } = await sent(() => client().describeUserList());
    expect(count).toBe(2);
    expect(outcome).toMatchObject({ Data: { Total: 0 } });
  });

  it('retries SignatureExpire once with the timestamp corrected by the server time', async () => {
    const serverTime = Math.floor(Date.now() / 1000) + 3600;
    script = [
      fail(
        'AuthFailure.SignatureExpire',
        `Signature expired. Timestamp is 1, server time ${serverTime}`,
      ),
      ok({ Total: 0, UserList: [] }),
    ];
    const c = client({ maxRetries: 0 });
    const { count, outcome } = await sent(() => c.describeUserList());
    expect(count).toBe(2);
    expect(outcome).toMatchObject({ Data: { Total: 0 } });
    const retried = Number(server.requests.at(-1)?.headers['x-tc-timestamp']);
    expect(Math.abs(retried - serverTime)).toBeLessThanOrEqual(2);
    expect(server.requests.at(-1)?.signatureValid).toBe(true);
  });

  it('retries SignatureExpire only once', async () => {
    const expired = fail(
      'AuthFailure.SignatureExpire',
      `expired, server time ${Math.floor(Date.now() / 1000)}`,
    );
    script = [expired, expired, expired];
    const { count, outcome } = await sent(() => client().createUser({ name: 'ada' }));
    expect(count).toBe(2);
    expect(outcome).toMatchObject({ code: 'AuthFailure.SignatureExpire' });
    script = [];
  });

  it('stops retrying when the call is aborted during the backoff', async () => {
    script = [fail('InternalError', '1'), fail('InternalError', '2')];
    const controller = new AbortController();
    const c = client({ retryBaseDelayMs: 2000, retryMaxDelayMs: 2000 });
    setTimeout(() => controller.abort(), 30);
    const { outcome } = await sent(() => c.describeUserList({}, { signal: controller.signal }));
    expect(outcome).toMatchObject({ reason: 'aborted' });
    script = [];
  });
});
