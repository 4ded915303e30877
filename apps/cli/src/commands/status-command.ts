import { isApiError, isTcbUserError } from '@org/tcb-user-client';
import { TCB_ERROR_CODES } from '@org/tcb-user-contract';
import type { Command } from 'commander';
import { type CommandContext, targetOptionsOf } from '../command-context.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { mapBounded } from '../map-bounded.js';
import { writeJson, writeLine } from '../output/write-output.js';
import { openTarget } from '../target/target-options.js';

type UserStatus = 'ACTIVE' | 'BLOCKED';

/** The outcome of `block` or `unblock`, per uid. */
export interface StatusChangeResult {
  status: UserStatus;
  changed: string[];
  notFound: string[];
  failed: { uid: string; code: string; message: string }[];
}

/** Registers `block <uid...>` and `unblock <uid...>`. */
export function registerStatusCommands(program: Command, context: CommandContext): void {
  const verbs: [string, UserStatus, string][] = [
    ['block', 'BLOCKED', 'Block users: they can no longer sign in.'],
    ['unblock', 'ACTIVE', 'Unblock users: make them ACTIVE again.'],
  ];
  for (const [verb, status, description] of verbs) {
    program
      .command(verb)
      .description(description)
      .argument('<uid...>', 'uids of the users')
      .option('--json', 'print the per-uid result as JSON')
      .action(async (uids: string[], flags: { json?: boolean }, cmd: Command) => {
        context.setExitCode(await runStatusChange(uids, status, flags, cmd, context));
      });
  }
}

async function runStatusChange(
  uids: string[],
  status: UserStatus,
  flags: { json?: boolean },
  cmd: Command,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context;
  const { client, pacer } = openTarget(targetOptionsOf(cmd), io);
  const result: StatusChangeResult = { status, changed: [], notFound: [], failed: [] };
  await mapBounded([...new Set(uids)], 4, async (uid) => {
    try {
      await pacer.wait();
      await client.modifyUser({ uid, userStatus: status });
      result.changed.push(uid);
    } catch (error) {
      if (isApiError(error) && error.code === TCB_ERROR_CODES.UserNotExist)
        result.notFound.push(uid);
      else if (isTcbUserError(error))
        result.failed.push({ uid, code: error.code, message: error.message });
      else throw error;
    }
  });
  if (flags.json) writeJson(io.stdout, result);
  else writeStatusReport(result, context);
  if (result.failed.length > 0) return EXIT_CODES.failed;
  return result.notFound.length > 0 ? EXIT_CODES.notFound : EXIT_CODES.ok;
}

function writeStatusReport(result: StatusChangeResult, context: CommandContext): void {
  const verb = result.status === 'BLOCKED' ? 'Blocked' : 'Unblocked';
  const noun = result.changed.length === 1 ? 'user' : 'users';
  writeLine(context.io.stdout, `${verb} ${result.changed.length} ${noun}.`);
  if (result.notFound.length > 0) {
    writeLine(context.io.stderr, `No user with uid: ${result.notFound.join(', ')}`);
  }
  for (const f of result.failed) writeLine(context.io.stderr, `Failed for ${f.uid}: ${f.message}`);
}
