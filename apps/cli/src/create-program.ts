import { TCB_USER_LIMITS } from '@org/tcb-user-contract';
import { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import type { CommandContext } from './command-context.js';
import { registerCreateCommand } from './commands/create-command.js';
import { registerDeleteCommand } from './commands/delete-command.js';
import { registerExportCommand } from './commands/export-command.js';
import { registerGetCommand } from './commands/get-command.js';
import { registerImportCommand } from './commands/import-command.js';
import { registerListCommand } from './commands/list-command.js';
import { registerStatusCommands } from './commands/status-command.js';
import { registerUpdateCommand } from './commands/update-command.js';
import { parsePositiveInteger, parseRate } from './option-parsers.js';

const footer = `
Environment:
  TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY   API key (required)
  TENCENTCLOUD_SESSIONTOKEN                       token of temporary credentials
  TCB_BASE_URL                                    endpoint, when --endpoint is not given
  TCB_ENV_ID                                      environment, when --env is not given

Exit codes:
  0 ok   1 failed or partly failed   2 usage error   3 invalid input, nothing sent
  4 some uids do not exist   5 credentials or environment   6 endpoint unreachable
  130 interrupted`;

/**
 * Builds the `tcb-users` command tree. Settings made before the subcommands are added (output
 * streams, exit override, help after errors) are inherited by each of them.
 */
export function createProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command('tcb-users')
    .description('Manage the users of a CloudBase environment.')
    .version(packageJson.version)
    .option('--endpoint <url>', 'API endpoint (default: TCB_BASE_URL, else the public endpoint)')
    .option('--env <envId>', 'CloudBase environment id (default: TCB_ENV_ID)')
    .option(
      '--rate <n>',
      `most requests started per second (default: ${TCB_USER_LIMITS.rateLimitPerSecond}, the service's limit)`,
      parseRate,
    )
    .option(
      '--timeout <ms>',
      'milliseconds one request may take (default: 15000)',
      parsePositiveInteger,
    )
    .addHelpText('after', footer)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  registerListCommand(program, context);
  registerGetCommand(program, context);
  registerCreateCommand(program, context);
  registerUpdateCommand(program, context);
  registerStatusCommands(program, context);
  registerDeleteCommand(program, context);
  registerImportCommand(program, context);
  registerExportCommand(program, context);
  return program;
}
