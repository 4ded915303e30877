import type { ExitCode } from './exit-codes.js';

/**
 * A failure the CLI explains itself: the message is printed as is (it never holds a secret) and
 * the process exits with `exitCode`.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** Exit code the process ends with. */
  readonly exitCode: ExitCode;

  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Tells whether a value is a `CliError`. */
export function isCliError(value: unknown): value is CliError {
  return value instanceof CliError;
}
