/**
 * `tcb-users` as a library: run the CLI in-process with your own streams, for tests and tools.
 *
 * @example
 * ```ts
 * import { createProcessIo, runCli } from '@org/tcb-user-cli';
 *
 * process.exitCode = await runCli(['list', '--all', '--json'], createProcessIo());
 * ```
 */
export type { CliIo } from './cli-io.js';
export { createProcessIo } from './cli-io.js';
export type { ExitCode } from './exit-codes.js';
export { EXIT_CODES } from './exit-codes.js';
export { runCli } from './run-cli.js';
