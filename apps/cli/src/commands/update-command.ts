import { modifyUserOptionsSchema } from '@org/tcb-user-contract';
import type { Command } from 'commander';
import { checkOptions } from '../check-options.js';
import { type CommandContext, targetOptionsOf } from '../command-context.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { writeJson, writeLine } from '../output/write-output.js';
import { readPasswordFromStdin } from '../read-stdin.js';
import { openTarget } from '../target/target-options.js';
import { describeUserUpdate, planUserUpdate } from './plan-user-update.js';
import { addUserFieldOptions, toUserFields, type UserFieldFlags } from './user-field-options.js';

interface UpdateFlags extends UserFieldFlags {
  json?: boolean;
}

/**
 * Registers `update <uid>`: changes the given fields. As in the API, `''` leaves name, type,
 * status and password unchanged (they are not sent) and clears nickname, phone, email, avatar
 * URL and description. When nothing would be sent it is a usage error (exit code 2).
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
  const given: Record<string, string> = toUserFields(flags);
  if (flags.passwordStdin) given.password = await readPasswordFromStdin(io.stdin);
  const plan = planUserUpdate(given);
  if (Object.keys(plan.fields).length === 0)
    cmd.error(nothingToChange(given), { exitCode: EXIT_CODES.usage });
  const options = checkOptions(modifyUserOptionsSchema, { uid, ...plan.fields });
  const { client } = openTarget(targetOptionsOf(cmd), io);
  const { RequestId } = await client.modifyUser(options);
  const { changed, cleared } = plan;
  if (flags.json) writeJson(io.stdout, { uid, changed, cleared, requestId: RequestId });
  else writeLine(io.stdout, describeUserUpdate(uid, plan));
  return EXIT_CODES.ok;
}

function nothingToChange(given: Record<string, string>): string {
  if (Object.keys(given).length === 0) {
    return 'error: nothing to change: give at least one field option';
  }
  return (
    "error: nothing to change: '' leaves name, type, status and password as they are; " +
    "give a new value, or '' to clear nickname, phone, email, avatar URL or description"
  );
}
