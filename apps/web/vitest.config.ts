import { defineConfig } from 'vitest/config';

/** Component tests run in happy-dom; the browser test picks the node environment itself. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
