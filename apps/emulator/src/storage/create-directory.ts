import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates a folder and its missing parents one level at a time, and throws the first level's
 * error (`ENOTDIR`, `EACCES`, `ENOENT`...). Node 20's `mkdirSync(dir, { recursive: true })` can
 * loop forever where a level cannot be created, as under `/proc`; one level at a time cannot.
 */
export function createDirectory(dir: string): void {
  const missing: string[] = [];
  for (let path = resolve(dir); !exists(path); path = dirname(path)) {
    missing.unshift(path);
    if (dirname(path) === path) break;
  }
  for (const path of missing) mkdirSync(path);
}
