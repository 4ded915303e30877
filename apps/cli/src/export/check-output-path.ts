import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from '../cli-error.js';
import { EXIT_CODES } from '../exit-codes.js';

/**
 * Checks that `export --output` can write `path` before the service is asked for anything: its
 * folder exists and is writable, and `path` is not a folder. Throws a `CliError` naming the path
 * (exit code 2, like an unreadable import file).
 */
export async function checkOutputPath(path: string): Promise<void> {
  const folder = dirname(path);
  const target = await statOrUndefined(path);
  if (target?.isDirectory()) throw cannotWrite(path, 'it is a folder; give a file name');
  const parent = await statOrUndefined(folder);
  if (!parent) throw cannotWrite(path, `the folder ${folder} does not exist`);
  if (!parent.isDirectory()) throw cannotWrite(path, `${folder} is not a folder`);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw cannotWrite(path, `no permission to create files in ${folder}`);
  }
}

// Names the path the user gave, never the temporary `.partial` file the export writes first.
function cannotWrite(path: string, reason: string): CliError {
  return new CliError(EXIT_CODES.usage, `Cannot write ${path}: ${reason}.`);
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}
