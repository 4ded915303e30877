import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTcbUserClient, type LogFields } from '../src/index.js';
import {
  type Answer,
  fail,
  ok,
  startTestServer,
  TEST_SECRET_ID,
  TEST_SECRET_KEY,
  type TestServer,
} from './support/tcb-test-server.js';

const TOKEN = 'session-token-Xy7fQ2LmN0pR';
const PASSWORD = 'Zz9!secretPass';

let server: TestServer;
let script: Answer[] = [];
beforeAll(async () => {
  server = await startTestServer(() => script.shift() ?? ok({ Total: 0, UserList: [] }));
});
afterAll(() => server.close());

describe('secrets never appear in logs, errors or hook contexts', () => {
  it('keeps the secret key, token, signatures and password out of every line', async () => {
    const lines: string[] = [];
    const sink = (level: string) => (message: string, fields?: LogFields) => {
      lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
    };
    const logger = {
      debug: sink('debug'),
      info: sink('info'),
      warn: sink('warn'),
      error: sink('error'),
    };
    const hooks = {
      beforeRequest: (c: object) => lines.push(`hook ${JSON.stringify(c)}`),
      afterResponse: (c: object) => lines.push(`hook ${JSON.stringify(c)}`),
      onError: (c: { error: Error }) =>
        lines.push(`hook ${JSON.stringify({ ...c, error: c.error.message })}`),
    };
    const client = createTcbUserClient({
      secretId: TEST_SECRET_ID,
      secretKey: TEST_SECRET_KEY,
      sessionToken: TOKEN,
      envId: 'e',
      endpoint: server.url,
      logger,
      logLevel: 'debug',
      hooks,
      retryBaseDelayMs: 1,
    });
    const errors: unknown[] = [];
    const attempt = (run: () => Promise<unknown>) => run().catch((e: unknown) => errors.push(e));

    script = [ok({ Uid: 'u1' })];
    await attempt(() => client.createUser({ name: 'ada', uid: 'u1', password: PASSWORD }));
    script = [fail('InternalError', 'boom'), fail('FailedOperation.DuplicatedData', 'taken')];
    await attempt(() => client.modifyUser({ uid: 'u1', password: PASSWORD }));
    script = [{ text: 'not json' }, { status: 500, text: 'x' }, { json: { nope: 1 } }];
    await attempt(() => client.describeUserList());
    await attempt(() => client.createUser({ name: 'ada', password: 'short' }));
    await attempt(async () =>
      createTcbUserClient({
        secretId: TEST_SECRET_ID,
        secretKey: `${TEST_SECRET_KEY} `,
        envId: 'e',
      }),
    );
    script = [
      fail('AuthFailure.SignatureExpire', `expired, server time ${Math.floor(Date.now() / 1000)}`),
      ok({ Total: 0, UserList: [] }),
    ];
    await attempt(() => client.describeUserList());

    const signatures = server.requests.map(
      (r) => /Signature=([0-9a-f]{64})/.exec(String(r.headers.authorization))?.[1] ?? '',
    );
    expect(signatures.length).toBeGreaterThan(5);
    expect(errors.length).toBeGreaterThanOrEqual(4);
    expect(lines.some((l) => l.startsWith('debug') && l.includes('requestId'))).toBe(true);
    const errorText = errors.map((e) => `${String(e)} ${JSON.stringify(e)} ${(e as Error).stack}`);
    const everything = [...lines, ...errorText].join('\n');
    for (const secret of [TEST_SECRET_KEY, TOKEN, PASSWORD, ...signatures]) {
      expect(everything).not.toContain(secret);
    }
  });
});
