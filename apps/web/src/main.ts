import { createPageClient } from './create-page-client.js';
import { mountUserAdmin } from './mount-user-admin.js';
import { readPageConfig } from './read-page-config.js';
import './styles.css';

const config = readPageConfig(import.meta.env);
const root = document.querySelector<HTMLElement>('#app');

if (root) {
  // Only a `--mode mock` build contains the mock; other builds drop this branch entirely.
  if (import.meta.env.MODE === 'mock') {
    const { startMockWorker } = await import('./start-mock-worker.js');
    await startMockWorker(config.endpoint);
  }
  mountUserAdmin(root, { client: createPageClient(config) });
}
