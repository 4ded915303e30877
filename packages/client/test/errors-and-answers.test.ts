import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  createTcbUserClient,
  isApiError,
  isTcbUserError,
  isTransportError,
  isValidationError,
  TcbUserError,
  TransportError,
} from '../src/index.js';
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
let next: Answer = ok({ Total: 0, UserList: [] });
beforeAll(async () => {
  server = await startTestServer(() => next);
});
afterAll(() => server.close());

const client = (extra = {}) =>
  createTcbUserClient({
    secretId: TEST_SECRET_ID,
    secretKey: TEST_SECRET_KEY,
    envId: 'e',
    endpoint: server.url,
    maxRetries: 0,
    ...extra,
  });

async function failure(answer: Answer): Promise<unknown> {
  next = answer;
  return client()
    .describeUserList()
    .then(
      () => undefined,
      (e: unknown) => e,
    );
}

describe('errors', () => {
  it('turns an error envelope into an ApiError with code, message, request id and action', async () => {
    const error = await failure(fail('ResourceNotFound', 'env not found', 'rid-1'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(TcbUserError);
    expect(error).toMatchObject({
      code: 'ResourceNotFound',
      requestId: 'rid-1',
      action: 'DescribeUserList',
      serviceMessage: 'env not found',
    });
    expect(
      isApiError(error) &&
        isTcbUserError(error) &&
        !isTransportError(error) &&
        !isValidationError(error),
    ).toBe(true);
  });

  it('turns a non-JSON answer into a bad-answer TransportError', async () => {
    const error = await failure({ text: '<html>gateway</html>' });
    expect(isTransportError(error)).toBe(true);
    expect(error).toMatchObject({
      reason: 'bad-answer',
      code: 'Transport.BadAnswer',
      requestId: undefined,
    });
  });

  it('turns JSON that is not an envelope into a bad-answer TransportError', async () => {
    const error = await failure({ json: { hello: 'world' } });
    expect(error).toMatchObject({
      reason: 'bad-answer',
      message: expect.stringContaining('not a Tencent Cloud envelope'),
    });
  });

  it('keeps the request id of an envelope with an unexpected shape', async () => {
    const error = await failure(ok({ Total: 'many', UserList: [] }, 'rid-shape'));
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({
      reason: 'bad-answer',
      requestId: 'rid-shape',
      message: expect.stringContaining('Data.Total'),
    });
  });

  it('keeps the request id of a malformed error envelope', async () => {
    const error = await failure({
      json: { Response: { Error: { Code: 7 }, RequestId: 'rid-bad' } },
    });
    expect(error).toMatchObject({ reason: 'bad-answer', requestId: 'rid-bad' });
  });

  it('reports a non-200 answer without an envelope as an http-status TransportError', async () => {
    const error = await failure({ status: 502, text: 'Bad Gateway' });
    expect(error).toMatchObject({
      reason: 'http-status',
      status: 502,
      code: 'Transport.HttpStatus',
    });
  });

  it('reports an unreachable endpoint as a network TransportError', async () => {
    const error = await createTcbUserClient({
      secretId: TEST_SECRET_ID,
      secretKey: TEST_SECRET_KEY,
      envId: 'e',
      endpoint: 'http://127.0.0.1:9/',
      maxRetries: 0,
    })
      .describeUserList()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'network', code: 'Transport.Network' });
  });

  it('fails an attempt that outlasts timeoutMs with a timeout TransportError', async () => {
    next = { ...ok({ Total: 0, UserList: [] }), delayMs: 300 };
    const error = await client({ timeoutMs: 50 })
      .describeUserList()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'timeout', code: 'Transport.Timeout' });
  });

  it('lets a per-call timeout override the client one', async () => {
    next = { ...ok({ Total: 0, UserList: [] }), delayMs: 300 };
    const error = await client()
      .describeUserList({}, { timeoutMs: 40 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'timeout' });
  });

  it('stops a call when its AbortSignal fires', async () => {
    next = { ...ok({ Total: 0, UserList: [] }), delayMs: 300 };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await client()
      .describeUserList({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'aborted' });
  });

  it('stops every call of a client whose signal already fired, before sending', async () => {
    const before = server.requests.length;
    const error = await client({ signal: AbortSignal.abort() })
      .describeUserList()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'aborted' });
    expect(server.requests.length).toBe(before);
  });

  it('recognises errors from another copy of the package by their brand', () => {
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('@org/tcb-user-client/error')]: 'api',
    });
    expect(isApiError(foreign)).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
  });
});
