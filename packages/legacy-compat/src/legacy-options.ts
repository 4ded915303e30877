import type { CloudBaseOptions } from '@org/tcb-user-client';

/**
 * What `updateEndUser` does with `gender`, `country`, `province` and `city`, which have no field
 * in the new user model: `warn` saves the rest and warns, `ignore` saves the rest quietly,
 * `throw` refuses the call before anything is sent.
 */
export type UnmappedFieldPolicy = 'warn' | 'ignore' | 'throw';

/** Where the shim writes its warnings. Any object with a `warn` method fits, `console` too. */
export interface LegacyLogger {
  /** Receives one line per warning, never a password or key. */
  warn(message: string): void;
}

/** Options of the compatibility layer itself, under `legacy` in the `CloudBase` options. */
export interface LegacyOptions {
  /**
   * Warn once per process for each deprecated call used, naming its replacement.
   * Default: `true`.
   */
  deprecationWarnings?: boolean;
  /** Policy for `updateEndUser` fields with no new home. Default: `'warn'`. */
  unmappedFields?: UnmappedFieldPolicy;
  /**
   * Where warnings go. Default: the client's `logger` when one is given, else
   * `process.emitWarning` where it exists (Node), else nowhere.
   */
  logger?: LegacyLogger;
}

/** Options of the shim's `CloudBase`: the client's `CloudBase` options plus `legacy`. */
export interface LegacyCloudBaseOptions extends CloudBaseOptions {
  /** Options of the compatibility layer. Default: warnings on, `unmappedFields: 'warn'`. */
  legacy?: LegacyOptions;
}
