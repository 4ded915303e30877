import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/run-cli.js';

/** What one in-process CLI run printed and how it ended. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of `runInProcess`. */
export interface RunInProcessOptions {
  env?: Record<string, string>;
  /** Text fed on stdin (for prompts and `--password-stdin`). Default: empty. */
  stdin?: string;
  stdinIsTty?: boolean;
  stderrIsTty?: boolean;
}

/** Runs `tcb-users` in this process with captured streams; only the given variables are seen. */
export async function runInProcess(
  argv: string[],
  options: RunInProcessOptions = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString('utf8')));
  const code = await runCli(argv, {
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? '']),
    env: options.env ?? {},
    stdinIsTty: options.stdinIsTty ?? false,
    stderrIsTty: options.stderrIsTty ?? false,
  });
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: out.join(''), stderr: err.join('') };
}
