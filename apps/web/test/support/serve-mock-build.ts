import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

/** A `--mode mock` build of the page served by `vite preview` on loopback. */
export interface ServedBuild {
  /** The page's address, such as `http://127.0.0.1:41234/`. */
  url: string;
  /** Stops the server and removes the build. */
  close(): Promise<void>;
}

const appRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the page in `mock` mode (the MSW worker with the mock's handlers starts before the
 * page) into a fresh temporary directory and serves it on 127.0.0.1 at a free port.
 */
export async function serveMockBuild(): Promise<ServedBuild> {
  const outDir = await mkdtemp(join(tmpdir(), 'tcb-user-web-'));
  const common = { root: appRoot, mode: 'mock', logLevel: 'warn' as const };
  await build({ ...common, build: { outDir, emptyOutDir: true } });
  const server = await preview({
    ...common,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local address');
  return {
    url,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
