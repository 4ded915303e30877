import { createTcbUserHandlers, type SeedUser, type TcbUserHandlers } from '@org/tcb-user-mock';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { RequestHookContext } from '../../src/index.js';
import { CloudBase, type LegacyCloudBaseOptions } from '../../src/index.js';

/** Loopback endpoint the mock intercepts; nothing listens there, so nothing can leave. */
export const MOCK_ENDPOINT = 'http://127.0.0.1:9/';
export const SECRET_ID = 'AKIDlegacycompattest0000000000000001';
export const SECRET_KEY = 'legacyCompatSecretKey0000000000000001';
export const ENV_ID = 'legacy-env';

/** Seed users `user-000` … in creation order. */
export function seedUsers(count: number): { name: string }[] {
  return Array.from({ length: count }, (_, i) => ({ name: `user-${String(i).padStart(3, '0')}` }));
}

/**
 * Starts MSW with the mock service (signatures checked, deprecated actions withdrawn as on the
 * live service, so any use of an old action fails) for the calling test file.

 */
export function useMockService(seed: SeedUser[] = []): TcbUserHandlers {
  const mock = createTcbUserHandlers({
    baseUrl: MOCK_ENDPOINT,
    seed: seed.map((user) => ({ ...user, envId: ENV_ID })),
    defaultEnvId: ENV_ID,
    passwordIterations: 1,
    signature: { keys: [{ secretId: SECRET_ID, secretKey: SECRET_KEY }] },
    deprecatedActions: 'withdrawn',
  });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(async () => {
    server.resetHandlers();
    mock.faults.clear();
    await mock.directory.reset();
  });
  afterAll(() => server.close());
  return mock;
}

/** An app on the mock that records every request it sends and every warning it writes. */
export function createTestApp(legacy: LegacyCloudBaseOptions['legacy'] = {}) {
  const sent: RequestHookContext[] = [];
  const warnings: string[] = [];
  const app = new CloudBase({
    secretId: SECRET_ID,
    secretKey: SECRET_KEY,
    envId: ENV_ID,
    endpoint: MOCK_ENDPOINT,
    maxRetries: 0,
    hooks: { beforeRequest: (context) => sent.push(context) },
    legacy: { logger: { warn: (line) => warnings.push(line) }, ...legacy },
  });
  return { app, sent, warnings };
}
