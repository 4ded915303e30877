import { CommanderError } from 'commander';
import type { CliIo } from './cli-io.js';
import { createProgram } from './create-program.js';
import { describeFailure } from './describe-failure.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { writeLine } from './output/write-output.js';

const successCodes = new Set(['commander.helpDisplayed', 'commander.version']);

/**
 * Runs `tcb-users` with the given arguments (without `node` and the script) and resolves to the
 * exit code. Never throws: every failure is printed on stderr as one line.
 *
 * @example
 * ```ts
 * const code = await runCli(['list', '--json'], createProcessIo());
 * process.exitCode = code;
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT_CODES.ok;
  const program = createProgram({ io, setExitCode: (code) => (exitCode = code) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return successCodes.has(error.code) ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    const failure = describeFailure(error);
    writeLine(io.stderr, `tcb-users: ${failure.message}`);
    return failure.exitCode;
  }
}
