/**
 * Exit codes of `tcb-users`, stable so scripts can branch on them. Documented in the README.
 */
export const EXIT_CODES = {
  /** Everything asked for was done. */
  ok: 0,
  /** The service refused a call, some items of a bulk command failed, or a delete was declined. */
  failed: 1,
  /**
   * Bad command line: unknown command or option, missing or malformed argument, an import file
   * that cannot be read or an export file that cannot be written, `delete` without `--yes` and
   * without a terminal.
   */
  usage: 2,
  /** Input broke a validation rule (a field, or rows of an import file); nothing was sent. */
  invalid: 3,
  /** Some of the named uids do not exist (and nothing else went wrong). */
  notFound: 4,
  /** Missing or rejected credentials, or no environment id. */
  config: 5,
  /** No usable answer from the endpoint: connection refused, timeout, not an API answer. */
  unreachable: 6,
  /** Stopped by Ctrl-C or SIGTERM; an import can be re-run to finish. */
  interrupted: 130,
} as const;

/** One of the values of `EXIT_CODES`. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
