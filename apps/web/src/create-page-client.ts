import { createTcbUserClient, type FetchLike, type TcbUserClient } from '@org/tcb-user-client';
import { type PageConfig, PLACEHOLDER_CREDENTIALS } from './read-page-config.js';

/**
 * Creates the client the page uses: placeholder credentials, the configured endpoint and
 * environment, and one retry so a failing call is reported quickly.
 */
export function createPageClient(config: PageConfig, fetch?: FetchLike): TcbUserClient {
  return createTcbUserClient({
    ...PLACEHOLDER_CREDENTIALS,
    envId: config.envId,
    endpoint: config.endpoint,
    maxRetries: 1,
    ...(fetch ? { fetch } : {}),
  });
}
