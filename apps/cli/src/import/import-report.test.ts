import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from './import-outcome.js';
import { formatImportReport, summarizeImport } from './import-report.js';

const outcomes: ImportOutcome[] = [
  { line: 2, name: 'a', status: 'created', uid: 'u1' },
  {
    line: 4,
    name: 'c',
    status: 'failed',
    code: 'FailedOperation.DuplicatedData',
    message: 'taken',
  },
  { line: 3, name: 'b', status: 'skipped', uid: 'u2', reason: 'exists' },
];

describe('summarizeImport', () => {
  it('counts each outcome and the rows never reached', () => {
    const report = summarizeImport({
      file: 'u.csv',
      format: 'csv',
      rows: 6,
      invalidRows: [{ line: 5, issues: [{ field: 'name', message: 'is required' }] }],
      outcomes,
      interrupted: true,
      durationMs: 1200,
    });
    expect(report).toMatchObject({ created: 1, skipped: 1, failed: 1, invalid: 1, notStarted: 2 });
  });

  it('lists failures by line in the text report and says how to finish an interrupted run', () => {
    const report = summarizeImport({
      file: 'u.csv',
      format: 'csv',
      rows: 3,
      invalidRows: [],
      outcomes,
      interrupted: true,
      durationMs: 1200,
    });
    const text = formatImportReport(report);
    expect(text).toContain('line 4 (c): FailedOperation.DuplicatedData');
    expect(text).toMatch(/stopped after 1\.2 s/);
    expect(text).toContain('Run the same command again');
  });
});
