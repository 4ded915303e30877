import type { Command } from 'commander';
import type { CliIo } from './cli-io.js';
import type { ExitCode } from './exit-codes.js';
import type { TargetOptions } from './target/target-options.js';

/** What every command's action gets: the run's streams and a way to set the exit code. */
export interface CommandContext {
  io: CliIo;
  /** Records the exit code the run ends with. */
  setExitCode(code: ExitCode): void;
}

/** Reads the target options (`--endpoint`, `--env`, `--rate`, `--timeout`) given anywhere. */
export function targetOptionsOf(command: Command): TargetOptions {
  return command.optsWithGlobals<TargetOptions>();
}
