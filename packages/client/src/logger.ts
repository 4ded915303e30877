/** Severity of a log line, lowest first. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** Fields attached to a log line (request id, action, attempt, timings). Never secrets. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Where the client writes its log lines. Any object with these four functions fits, `console` too.
 */
export interface Logger {
  /** Per-request detail: one line per attempt, with the request id. */
  debug(message: string, fields?: LogFields): void;
  /** Notable events. */
  info(message: string, fields?: LogFields): void;
  /** Retries and other recoverable trouble. */
  warn(message: string, fields?: LogFields): void;
  /** Calls that failed for good. */
  error(message: string, fields?: LogFields): void;
}
