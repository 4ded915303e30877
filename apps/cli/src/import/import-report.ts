import type { ImportOutcome } from './import-outcome.js';
import type { UserFileFormat } from './user-file-format.js';
import type { InvalidRow } from './validate-rows.js';

/** A failed row as the report lists it. */
export interface ImportFailure {
  line: number;
  name: string;
  code: string;
  message: string;
}

/** The final report of an import, printed as text or (with `--json`) as this object. */
export interface ImportReport {
  file: string;
  format: UserFileFormat;
  /** Rows in the file. */
  rows: number;
  /** Rows refused by validation and left out (`--skip-invalid`). */
  invalid: number;
  created: number;
  /** Rows whose name already existed: created by an earlier run or by someone else. */
  skipped: number;
  failed: number;
  /** Rows not reached because the import was stopped. */
  notStarted: number;
  interrupted: boolean;
  durationMs: number;
  failures: ImportFailure[];
  invalidRows: InvalidRow[];
}

/** Input of `summarizeImport`. */
export interface ImportSummaryInput {
  file: string;
  format: UserFileFormat;
  rows: number;
  invalidRows: InvalidRow[];
  outcomes: readonly ImportOutcome[];
  interrupted: boolean;
  durationMs: number;
}

/** Counts the outcomes of an import into its report; failures are listed by line. */
export function summarizeImport(input: ImportSummaryInput): ImportReport {
  const count = (status: ImportOutcome['status']) =>
    input.outcomes.filter((o) => o.status === status).length;
  const failures = input.outcomes
    .flatMap((o) => (o.status === 'failed' ? [o] : []))
    .map(({ line, name, code, message }) => ({ line, name, code, message }))
    .sort((a, b) => a.line - b.line);
  const invalid = input.invalidRows.length;
  return {
    file: input.file,
    format: input.format,
    rows: input.rows,
    invalid,
    created: count('created'),
    skipped: count('skipped'),
    failed: failures.length,
    notStarted: input.rows - invalid - input.outcomes.length,
    interrupted: input.interrupted,
    durationMs: input.durationMs,
    failures,
    invalidRows: input.invalidRows,
  };
}

/** How many failed rows the text report lists. */
export const FAILURES_SHOWN = 20;

/** Formats the report for humans: one summary line, then the failed rows by line number. */
export function formatImportReport(report: ImportReport): string {
  const seconds = (report.durationMs / 1000).toFixed(1);
  const parts = [
    `${report.rows} rows`,
    `${report.created} created`,
    `${report.skipped} skipped (already exist)`,
    `${report.failed} failed`,
  ];
  if (report.invalid > 0) parts.push(`${report.invalid} invalid left out`);
  if (report.notStarted > 0) parts.push(`${report.notStarted} not started`);
  const verb = report.interrupted ? 'stopped after' : 'finished in';
  const lines = [`Import of ${report.file} ${verb} ${seconds} s: ${parts.join(', ')}.`];
  for (const f of report.failures.slice(0, FAILURES_SHOWN)) {
    lines.push(`  line ${f.line} (${f.name}): ${f.code}: ${f.message}`);
  }
  const rest = report.failures.length - FAILURES_SHOWN;
  if (rest > 0) lines.push(`  … and ${rest} more failed rows (--json lists them all)`);
  if (report.interrupted)
    lines.push('Run the same command again to finish; done rows are skipped.');
  return `${lines.join('\n')}\n`;
}
