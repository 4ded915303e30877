import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function nearestExisting(path: string): { path: string; isDirectory: boolean } | undefined {
  for (let current = path; ; current = dirname(current)) {
    try {
      return { path: current, isDirectory: statSync(current).isDirectory() };
    } catch {
      if (dirname(current) === current) return undefined;
    }
  }
}

/**
 * Tells why the data folder cannot be used, or answers `undefined` when it exists as a writable
 * folder or can be created: its nearest existing ancestor (or itself) must be a folder this
 * process may write into. Checked before start so a bad `--data-dir` is a usage error at once.
 */
export function findDataDirProblem(dir: string): string | undefined {
  const target = resolve(dir);
  const found = nearestExisting(target);
  if (found === undefined) return `${dir} has no existing parent folder`;
  if (!found.isDirectory) return `${found.path} is not a folder, so ${dir} cannot be created`;
  try {
    accessSync(found.path, constants.W_OK | constants.X_OK);
  } catch {
    return `${found.path} is not writable`;
  }
  return undefined;
}
