import type { LegacyLogger } from '../legacy-options.js';

/** Where the shim's warnings go. */
export interface WarningSink {
  /** Writes a deprecation notice (`DeprecationWarning` under Node when no logger is given). */
  deprecation(code: string, message: string): void;
  /** Writes any other warning. */
  warning(code: string, message: string): void;
}

type EmitWarning = (message: string, options: { type: string; code: string }) => void;

/**
 * Creates the sink: the logger when given, else `process.emitWarning` where it exists (Node;
 * it honours `--no-deprecation`), else nowhere. Libraries do not write to the console.
 */
export function createWarningSink(logger: LegacyLogger | undefined): WarningSink {
  if (logger) {
    return {
      deprecation: (_code, message) => logger.warn(message),
      warning: (_code, message) => logger.warn(message),
    };
  }
  const emit = findEmitWarning();
  return {
    deprecation: (code, message) => emit?.(message, { type: 'DeprecationWarning', code }),
    warning: (code, message) => emit?.(message, { type: 'Warning', code }),
  };
}

function findEmitWarning(): EmitWarning | undefined {
  const proc = (globalThis as { process?: { emitWarning?: unknown } }).process;
  if (typeof proc?.emitWarning !== 'function') return undefined;
  const emitWarning = proc.emitWarning as EmitWarning;
  return (message, options) => emitWarning.call(proc, message, options);
}
