import type { Command } from 'commander';
import { type CommandContext, targetOptionsOf } from '../command-context.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { formatUserTable } from '../output/user-table.js';
import { writeJson, writeLine } from '../output/write-output.js';
import { openTarget } from '../target/target-options.js';
import { toUserRecord } from '../users/user-columns.js';

/** Registers `get <uid...>`: the named users; exit code 4 when some do not exist. */
export function registerGetCommand(program: Command, context: CommandContext): void {
  program
    .command('get')
    .description('Show the users with the given uids.')
    .argument('<uid...>', 'uids of the users')
    .option('--json', 'print JSON instead of a table')
    .action(async (uids: string[], flags: { json?: boolean }, cmd: Command) => {
      context.setExitCode(await runGet(uids, flags, cmd, context));
    });
}

async function runGet(
  uids: string[],
  flags: { json?: boolean },
  cmd: Command,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context;
  const { client, pacer } = openTarget(targetOptionsOf(cmd), io);
  const found = await client.getUsersByUid(uids, { pacer });
  const users = found.users.map(toUserRecord);
  if (flags.json) writeJson(io.stdout, { users, notFound: found.notFound });
  else if (users.length > 0) io.stdout.write(formatUserTable(users));
  if (found.notFound.length === 0) return EXIT_CODES.ok;
  writeLine(io.stderr, `No user with uid: ${found.notFound.join(', ')}`);
  return EXIT_CODES.notFound;
}
