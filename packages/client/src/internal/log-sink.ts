import type { LogFields, Logger, LogLevel } from '../logger.js';

const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

/** The client's view of the logger: the level check is done once, up front. */
export interface LogSink {
  /** Whether debug lines are written; callers skip building them otherwise. */
  debugEnabled: boolean;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const silent = () => {};

/**
 * Wraps a logger so that lines below `level` cost nothing. Without a logger, nothing is written.
 */
export function createLogSink(logger: Logger | undefined, level: LogLevel): LogSink {
  const at = (l: Exclude<LogLevel, 'off'>) =>
    logger && rank[l] >= rank[level]
      ? (message: string, fields?: LogFields) => logger[l](`[tcb-user] ${message}`, fields)
      : silent;
  return {
    debugEnabled: logger !== undefined && rank.debug >= rank[level],
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
}
