import type { Readable, Writable } from 'node:stream';

/**
 * Where a CLI run reads and writes. The real process passes its own streams; tests pass
 * in-memory ones, so every command can run in-process.
 */
export interface CliIo {
  /** Results: tables, JSON documents, exported rows. */
  stdout: Writable;
  /** Progress, warnings, errors and prompts. */
  stderr: Writable;
  /** Answers to prompts and `--password-stdin`. */
  stdin: Readable;
  /** Environment variables (credentials, `TCB_BASE_URL`, `TCB_ENV_ID`). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdin is an interactive terminal (prompts are allowed). */
  stdinIsTty: boolean;
  /** Whether stderr is an interactive terminal (the progress bar is drawn). */
  stderrIsTty: boolean;
  /** Fires when the user asks the run to stop (Ctrl-C); bulk commands finish in-flight work. */
  signal?: AbortSignal;
}

/** Builds the `CliIo` of the running process. */
export function createProcessIo(signal?: AbortSignal): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    stdinIsTty: process.stdin.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    ...(signal ? { signal } : {}),
  };
}
