import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { ImportOutcome } from './import-outcome.js';

/** Receives import events and shows them; `stop()` clears the bar before the report. */
export interface ImportProgress {
  start(total: number): void;
  update(outcome: ImportOutcome): void;
  stop(): void;
}

/** A progress display that shows nothing: for `--json`, `--no-progress` and non-terminals. */
export const silentProgress: ImportProgress = { start() {}, update() {}, stop() {} };

/** Creates a progress bar on the given terminal stream with counts of each outcome and an ETA. */
export function createProgressBar(stream: Writable): ImportProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format:
        'Importing |{bar}| {value}/{total} rows | {created} created, {skipped} skipped, ' +
        '{failed} failed | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  const counts = { created: 0, skipped: 0, failed: 0 };
  return {
    start(total) {
      bar.start(total, 0, counts);
    },
    update(outcome) {
      counts[outcome.status] += 1;
      bar.increment(1, counts);
    },
    stop() {
      bar.stop();
    },
  };
}
