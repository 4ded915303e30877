import { setupWorker } from 'msw/browser';
import { answerError, createTcbUserHandlers } from '../../src/index.js';

// A same-origin endpoint: even if the worker failed to start, nothing would leave the machine.
const ENDPOINT = `${location.origin}/tcb-api/`;

async function call(action: string, body: string, contentType = 'application/json') {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-tc-action': action, 'x-tc-version': '2018-06-08' },
    body,
  });
  const envelope = await response.json();
  return { status: response.status, response: envelope.Response };
}

async function run() {
  const mock = createTcbUserHandlers({
    baseUrl: ENDPOINT,
    passwordIterations: 1000,
    seed: [{ name: 'seeded' }],
  });
  const worker = setupWorker(...mock.handlers);
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
  const created = await call(
    'CreateUser',
    JSON.stringify({ EnvId: 'mock-env', Name: 'ada', Password: 'Abcdef12' }),
  );
  const duplicate = await call('CreateUser', JSON.stringify({ EnvId: 'mock-env', Name: 'ada' }));
  const listed = await call('DescribeUserList', JSON.stringify({ EnvId: 'mock-env' }));
  const malformed = await call('CreateUser', '{"EnvId":');
  worker.use(answerError('DescribeUserList', 'InternalError', { baseUrl: ENDPOINT, once: true }));
  const overridden = await call('DescribeUserList', JSON.stringify({ EnvId: 'mock-env' }));
  const afterOnce = await call('DescribeUserList', JSON.stringify({ EnvId: 'mock-env' }));
  const passwordKept = await mock.directory.checkPassword(created.response.Data.Uid, 'Abcdef12');
  return { created, duplicate, listed, malformed, overridden, afterOnce, passwordKept };
}

declare global {
  interface Window {
    mockResult?: unknown;
  }
}

run().then(
  (result) => {
    window.mockResult = result;
  },
  (error: unknown) => {
    window.mockResult = { failure: String(error) };
  },
);
