import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { User } from '@org/tcb-user-client';
import { type Command, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { type CommandContext, targetOptionsOf } from '../command-context.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { checkOutputPath } from '../export/check-output-path.js';
import { type WriteUsersOptions, writeUsers } from '../export/write-users.js';
import {
  chooseUserFileFormat,
  USER_FILE_FORMATS,
  type UserFileFormat,
} from '../import/user-file-format.js';
import { writeLine } from '../output/write-output.js';
import { openTarget } from '../target/target-options.js';
import { addUserFilterOptions, toUserFilter, type UserFilterFlags } from './user-filter-options.js';

interface ExportFlags extends UserFilterFlags {
  output?: string;
  format?: UserFileFormat;
  escapeFormulas: boolean;
}

/** Registers `export`: every (matching) user, streamed as CSV or JSON lines. */
export function registerExportCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('export')
    .description(
      'Write every user (or every match of the filters) as CSV or JSON lines, streaming.',
    )
    .option('-o, --output <file>', 'file to write (default: stdout); written whole or not at all')
    .addOption(
      new Option('--format <format>', 'csv or jsonl (default: from --output, else csv)').choices(
        USER_FILE_FORMATS,
      ),
    )
    .option(
      '--no-escape-formulas',
      "CSV: write cells starting with = + - @ as they are (default: prefix them with ')",
    );
  addUserFilterOptions(command).action(async (flags: ExportFlags, cmd: Command) => {
    context.setExitCode(await runExport(flags, cmd, context));
  });
}

async function runExport(
  flags: ExportFlags,
  cmd: Command,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context;
  const started = performance.now();
  const format = chooseUserFileFormat(flags.format, flags.output) ?? 'csv';
  if (flags.output) await checkOutputPath(flags.output);
  const { client, pacer } = openTarget(targetOptionsOf(cmd), io);
  const users = client.iterateUsers(toUserFilter(flags), {
    pacer,
    ...(io.signal ? { signal: io.signal } : {}),
  });
  const options = { format, escapeFormulas: flags.escapeFormulas };
  const count = flags.output
    ? await exportToFile(users, flags.output, options)
    : await writeUsers(users, io.stdout, { ...options, end: false });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where = flags.output ?? 'stdout';
  const counted = `${count} ${count === 1 ? 'user' : 'users'}`;
  writeLine(io.stderr, `Exported ${counted} to ${where} as ${format} in ${seconds} s.`);
  return EXIT_CODES.ok;
}

// Writes next to the target and renames at the end, so an interrupted export never leaves a
// file that looks complete. A file system failure names the path the user gave, not the
// temporary one.
async function exportToFile(
  users: AsyncIterable<User>,
  path: string,
  options: WriteUsersOptions,
): Promise<number> {
  const partial = `${path}.partial`;
  try {
    const count = await writeUsers(users, createWriteStream(partial), options);
    await rename(partial, path);
    return count;
  } catch (error) {
    await rm(partial, { force: true });
    throw isFileSystemError(error) ? writeFailed(path, error.code) : error;
  }
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  const { code, syscall } = error as NodeJS.ErrnoException;
  return typeof code === 'string' && typeof syscall === 'string';
}

// The folder was checked before the export started, so this is a failure part-way (a full
// disk, a folder removed meanwhile): the users were read but not saved.
function writeFailed(path: string, code: string): CliError {
  return new CliError(EXIT_CODES.failed, `Cannot write ${path}: ${code}; nothing was saved.`);
}
