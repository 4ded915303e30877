/** One finished step of the main job: what it did, and how long it took. */
export interface StepRecord {
  name: string;
  summary: string;
  ms: number;
}

/** Records steps, printing one line as each one ends, and the closing table. */
export interface StepLog {
  /** Runs a step; its result's `summary` is printed with the time it took. */
  run<T extends { summary: string }>(name: string, step: () => Promise<T>): Promise<T>;
  readonly steps: readonly StepRecord[];
  /** The summary table: one line per step, then the total. */
  format(totalMs: number): string;
}

/** Creates a step log that writes to `write` (one line per event). */
export function createStepLog(write: (line: string) => void): StepLog {
  const steps: StepRecord[] = [];
  return {
    steps,
    async run(name, step) {
      const started = performance.now();
      const result = await step();
      const ms = Math.round(performance.now() - started);
      steps.push({ name, summary: result.summary, ms });
      write(`✔ ${name}: ${result.summary} (${seconds(ms)})`);
      return result;
    },
    format(totalMs) {
      const width = Math.max(...steps.map((s) => s.name.length), 5);
      const lines = steps.map(
        (s) => `  ${s.name.padEnd(width)}  ${seconds(s.ms).padStart(7)}  ${s.summary}`,
      );
      return [
        'Summary:',
        ...lines,
        `  ${'total'.padEnd(width)}  ${seconds(totalMs).padStart(7)}`,
      ].join('\n');
    },
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
