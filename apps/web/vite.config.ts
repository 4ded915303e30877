import { defineConfig } from 'vite';

/** Vite settings of the example page: served and previewed on loopback only. */
export default defineConfig({
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022' },
});
