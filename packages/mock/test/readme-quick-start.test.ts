// The vitest quick start of this package's README, as written there.
import { createTcbUserClient } from '@org/tcb-user-client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { answerError, createTcbUserHandlers } from '../src/index.js';

const mock = createTcbUserHandlers({ seed: [{ name: 'ada' }], passwordIterations: 1 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  server.resetHandlers();
  await mock.directory.reset();
});
afterAll(() => server.close());

// Any credentials do: the mock checks signatures only when told to (option `signature`).
const client = createTcbUserClient({ secretId: 'AKIDtest', secretKey: 'test', envId: 'mock-env' });

it('refuses a create once, then accepts it', async () => {
  server.use(answerError('CreateUser', 'InternalError', { once: true }));
  await expect(client.createUser({ name: 'bob' }, { maxRetries: 0 })).rejects.toThrow();
  await client.createUser({ name: 'bob' });
  expect(await mock.directory.users()).toHaveLength(2);
});
