import { createTcbUserHandlers } from '@org/tcb-user-mock';
import { setupWorker } from 'msw/browser';
import { createDemoUsers } from './demo-users.js';

/**
 * Starts the MSW service worker with the mock's handlers for `endpoint`, seeded with the demo
 * users, so the page runs without any real service. Other requests pass through untouched.
 */
export async function startMockWorker(endpoint: string): Promise<void> {
  const mock = createTcbUserHandlers({ baseUrl: endpoint, seed: createDemoUsers() });
  await mock.directory.ready;
  await setupWorker(...mock.handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
}
