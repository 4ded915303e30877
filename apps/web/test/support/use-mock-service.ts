import { createTcbUserHandlers, type SeedUser, type TcbUserHandlers } from '@org/tcb-user-mock';
import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The mock behind a test file: its handlers and state, and the MSW server that serves them. */
export interface MockService {
  mock: TcbUserHandlers;
  server: SetupServer;
}

/**
 * Serves the mock's handlers with `msw/node` for the current test file. After each test the
 * overrides go, the directory is back to `seed` and the page is removed. Unhandled requests fail.
 */
export function useMockService(seed: SeedUser[]): MockService {
  const mock = createTcbUserHandlers({ seed, passwordIterations: 1 });
  const server = setupServer(...mock.handlers);

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(async () => {
    server.resetHandlers();
    await mock.directory.reset();
    document.body.replaceChildren();
  });
  afterAll(() => server.close());
  return { mock, server };
}

/** Makes `count` seed users named `user-01`, `user-02`, … with nicknames and emails. */
export function createSeedUsers(count: number): SeedUser[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `user-${String(index + 1).padStart(2, '0')}`;
    return { name, nickName: `User ${index + 1}`, email: `${name}@example.com` };
  });
}
