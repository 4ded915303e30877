import { isApiError, isTransportError, isValidationError } from '@org/tcb-user-client';
import { formatFieldIssues } from '@org/tcb-user-contract';
import { isCliError } from './cli-error.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';

/** What the CLI tells the user about a failure, and the exit code it ends with. */
export interface FailureReport {
  exitCode: ExitCode;
  message: string;
}

const authPrefix = 'AuthFailure';

/**
 * Turns any error a command threw into a one-line message and an exit code. Messages come from
 * the client's errors, which never hold secrets; unexpected errors show only their message.
 */
export function describeFailure(error: unknown): FailureReport {
  if (isCliError(error)) return { exitCode: error.exitCode, message: error.message };
  if (isValidationError(error)) {
    const exitCode = error.action ? EXIT_CODES.invalid : EXIT_CODES.config;
    const what = error.action ? 'Invalid input' : 'Invalid configuration';
    return { exitCode, message: `${what}: ${formatFieldIssues(error.issues)}` };
  }
  if (isApiError(error)) {
    const message = `${error.message} (request id ${error.requestId})`;
    return { exitCode: apiExitCode(error.code), message };
  }
  if (isTransportError(error)) {
    const exitCode = error.reason === 'aborted' ? EXIT_CODES.interrupted : EXIT_CODES.unreachable;
    return { exitCode, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: EXIT_CODES.failed, message: `Unexpected failure: ${message}` };
}

/** Exit code for a service error code. */
export function apiExitCode(code: string): ExitCode {
  if (code.startsWith(authPrefix)) return EXIT_CODES.config;
  if (code === 'ResourceNotFound') return EXIT_CODES.config;
  if (code === 'ResourceNotFound.UserNotExist') return EXIT_CODES.notFound;
  if (code.startsWith('InvalidParameter') || code === 'MissingParameter') return EXIT_CODES.invalid;
  return EXIT_CODES.failed;
}
