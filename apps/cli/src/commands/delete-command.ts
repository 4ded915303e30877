import type { BulkDeleteResult } from '@org/tcb-user-client';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { type CommandContext, targetOptionsOf } from '../command-context.js';
import { confirm } from '../confirm.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { writeJson, writeLine } from '../output/write-output.js';
import { openTarget } from '../target/target-options.js';

interface DeleteFlags {
  yes?: boolean;
  json?: boolean;
}

/**
 * Registers `delete <uid...>`: asks first unless `--yes`; any number of uids. A declined prompt
 * exits 1; without `--yes` and without a terminal to ask on, it refuses with exit code 2.
 */
export function registerDeleteCommand(program: Command, context: CommandContext): void {
  program
    .command('delete')
    .description('Delete users (any number, sent 100 per request). Asks first unless --yes.')
    .argument('<uid...>', 'uids of the users')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--json', 'print the per-uid result as JSON')
    .action(async (uids: string[], flags: DeleteFlags, cmd: Command) => {
      context.setExitCode(await runDelete([...new Set(uids)], flags, cmd, context));
    });
}

async function runDelete(
  uids: string[],
  flags: DeleteFlags,
  cmd: Command,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context;
  if (!flags.yes) {
    if (!io.stdinIsTty) throw unconfirmedError(uids.length);
    const shown =
      uids.length <= 5 ? `: ${uids.join(', ')}` : ` (${uids.slice(0, 5).join(', ')}, …)`;
    const noun = uids.length === 1 ? 'user' : 'users';
    if (!(await confirm(io, `Delete ${uids.length} ${noun}${shown}?`))) {
      writeLine(io.stderr, 'Nothing deleted.');
      return EXIT_CODES.failed;
    }
  }
  const { client, pacer } = openTarget(targetOptionsOf(cmd), io);
  const result = await client.deleteUsersInBatches(uids, { pacer });
  const notFound = Math.max(0, result.removed.length - result.deletedCount);
  if (flags.json) writeJson(io.stdout, toJson(result, notFound));
  else writeDeleteReport(result, notFound, context);
  if (result.remaining.length > 0) return EXIT_CODES.failed;
  return notFound > 0 ? EXIT_CODES.notFound : EXIT_CODES.ok;
}

// Without a terminal there is no one to ask: a script must say --yes explicitly. A usage error
// (exit code 2), told in one line rather than with the whole usage text.
function unconfirmedError(count: number): CliError {
  const noun = count === 1 ? 'user' : 'users';
  return new CliError(
    EXIT_CODES.usage,
    `Refusing to delete ${count} ${noun} without confirmation: stdin is not a terminal, so ` +
      'nothing can be asked. Pass --yes to delete without asking.',
  );
}

function toJson(result: BulkDeleteResult, notFound: number) {
  return {
    deleted: result.deletedCount,
    notFound,
    removed: result.removed,
    remaining: result.remaining,
    failedBatches: result.failedBatches.map((b) => ({
      uids: b.uids,
      code: b.error.code,
      message: b.error.message,
    })),
  };
}

function writeDeleteReport(
  result: BulkDeleteResult,
  notFound: number,
  context: CommandContext,
): void {
  const { stdout, stderr } = context.io;
  writeLine(
    stdout,
    `Deleted ${result.deletedCount} ${result.deletedCount === 1 ? 'user' : 'users'}.`,
  );
  if (notFound > 0) writeLine(stderr, `${notFound} of the uids had no user.`);
  for (const batch of result.failedBatches) {
    writeLine(stderr, `A batch of ${batch.uids.length} uids failed: ${batch.error.message}`);
  }
  if (result.remaining.length > 0) {
    writeLine(stderr, `Still present (${result.remaining.length}): ${result.remaining.join(', ')}`);
  }
}
