import { modifyUserOptionsSchema } from '@org/tcb-user-contract';
import type { Command } from 'commander';
import { checkOptions } from '../check-options.js';
import { type CommandContext, targetOptionsOf } from '../command-context.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { writeJson, writeLine } from '../output/write-output.js';
import { readPasswordFromStdin } from '../read-stdin.js';
import { openTarget } from '../target/target-options.js';
import { addUserFieldOptions, toUserFields, type UserFieldFlags } from './user-field-options.js';

interface UpdateFlags extends UserFieldFlags {
  json?: boolean;
}

/**
 * Registers `update <uid>`: changes the given fields. As in the API, `''` leaves name, type,
 * status and password unchanged and clears nickname, phone, email, avatar URL and description.
 */
export function registerUpdateCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('update')
    .description(
      "Change a user's fields. An empty value ('') clears nickname, phone, email, avatar URL or description.",
    )
    .argument('<uid>', 'uid of the user');
  addUserFieldOptions(command, false)
    .option('--json', 'print the result as JSON')
    .action(async (uid: string, flags: UpdateFlags, cmd: Command) => {
      context.setExitCode(await runUpdate(uid, flags, cmd, context));
    });
}

async function runUpdate(
  uid: string,
  flags: UpdateFlags,
  cmd: Command,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context;
  const fields: Record<string, string> = toUserFields(flags);
  if (flags.passwordStdin) fields.password = await readPasswordFromStdin(io.stdin);
  if (Object.keys(fields).length === 0) {
    cmd.error('error: nothing to change: give at least one field option', {
      exitCode: EXIT_CODES.usage,
    });
  }
  const options = checkOptions(modifyUserOptionsSchema, { uid, ...fields });
  const { client } = openTarget(targetOptionsOf(cmd), io);
  const { RequestId } = await client.modifyUser(options);
  const changed = Object.keys(fields);
  if (flags.json) writeJson(io.stdout, { uid, changed, requestId: RequestId });
  else writeLine(io.stdout, `Updated user ${uid}: ${changed.join(', ')}.`);
  return EXIT_CODES.ok;
}
