import { EMULATOR_DEFAULTS } from '../emulator-options.js';
import { startEmulator } from '../start-emulator.js';
import { findDataDirProblem } from './check-data-dir.js';
import { parseCliArgs, USAGE } from './parse-cli-args.js';

function stamp(line: string): string {
  return `${new Date().toISOString().slice(11, 19)} ${line}`;
}

/**
 * The start command: parses arguments and environment, starts the emulator, prints where it
 * listens (and the development key pair when it generated one), and stops cleanly on SIGINT or
 * SIGTERM. Answers the exit code once stopped; errors print one line and answer 1 or 2.
 */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  let request: ReturnType<typeof parseCliArgs>;
  try {
    request = parseCliArgs(argv, env);
  } catch (error) {
    out(`tcb-user-emulator: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (request.help) {
    out(USAGE);
    return 0;
  }
  const { options } = request;
  const dataDirProblem = options.inMemory
    ? undefined
    : findDataDirProblem(options.dataDir ?? EMULATOR_DEFAULTS.dataDir);
  if (dataDirProblem !== undefined) {
    out(`tcb-user-emulator: --data-dir: ${dataDirProblem}`);
    return 2;
  }
  const log = (line: string) => out(stamp(line));
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator({ ...options, log });
  } catch (error) {
    out(`tcb-user-emulator: cannot start: ${(error as Error).message}`);
    return 1;
  }
  out(`tcb-user-emulator listening on ${emulator.url}`);
  out(`  environments:    ${emulator.envIds.join(', ')}`);
  out(`  storage:         ${emulator.dataFile === ':memory:' ? 'in memory' : emulator.dataFile}`);
  out(
    `  signature check: ${options.signature === false ? 'off' : `on, ${emulator.keys.length} key pair(s)`}`,
  );
  out(`  management:      ${emulator.url}/__emulator/health`);
  if (emulator.generatedKey && options.signature !== false) {
    const [key] = emulator.keys;
    out(
      '  development key pair (generated for this run; fix one with --key or TCB_EMULATOR_KEYS):',
    );
    out(`    TENCENTCLOUD_SECRETID=${key?.secretId}`);
    out(`    TENCENTCLOUD_SECRETKEY=${key?.secretKey}`);
    out('  (printed by design for local use; in shared CI logs pass --key or TCB_EMULATOR_KEYS)');
  }
  out(`  TCB_BASE_URL=${emulator.url}`);
  return new Promise<number>((resolve) => {
    const shutdown = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      log(`${signal} received, stopping`);
      emulator.stop().then(
        () => {
          log('stopped');
          resolve(0);
        },
        (error: unknown) => {
          log(`stop failed: ${(error as Error).message}`);
          resolve(1);
        },
      );
    };
    const onInt = () => shutdown('SIGINT');
    const onTerm = () => shutdown('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}
