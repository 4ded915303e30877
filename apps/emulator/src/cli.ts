/** Entry point of the `tcb-user-emulator` start command. */
import { runCli } from './cli/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), process.env);
