import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where a Chromium executable was found, or why none was. */
export type ChromiumLookup = { found: true; path: string } | { found: false; reason: string };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds Chromium: `CHROMIUM_PATH` when set, else `/usr/bin/chromium`, else `chromium` on `PATH`.
 * A `CHROMIUM_PATH` that is not executable counts as not found rather than falling back.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (isExecutable(configured)) return { found: true, path: configured };
    return { found: false, reason: `CHROMIUM_PATH=${configured} is not an executable file` };
  }
  const candidates = [
    '/usr/bin/chromium',
    ...(env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, 'chromium')),
  ];
  const found = candidates.find(isExecutable);
  if (found) return { found: true, path: found };
  return { found: false, reason: 'no CHROMIUM_PATH, no /usr/bin/chromium, no chromium on PATH' };
}
