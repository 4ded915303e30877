import { createProcessIo } from './cli-io.js';
import { EXIT_CODES } from './exit-codes.js';
import { runCli } from './run-cli.js';

// The first Ctrl-C (or SIGTERM) asks bulk commands to stop starting work and report; a second
// one ends the process at once.
const stop = new AbortController();
const onSignal = () => {
  if (stop.signal.aborted) process.exit(EXIT_CODES.interrupted);
  stop.abort();
  process.stderr.write('\nStopping after the requests in flight (Ctrl-C again to quit now)…\n');
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

process.exitCode = await runCli(process.argv.slice(2), createProcessIo(stop.signal));
// Keep-alive sockets and the stop handlers would otherwise hold the process open.
process.exit();
