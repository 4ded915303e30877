import { formatFieldIssues } from '@org/tcb-user-contract';
import type { InvalidRow } from './validate-rows.js';

/** How many bad rows the human report lists before summing up the rest. */
export const INVALID_ROWS_SHOWN = 20;

/**
 * Writes the human report of bad rows: one line per row with its line number and broken rules
 * (never the values), at most `limit` rows, then a count of the rest.
 */
export function formatInvalidRows(rows: readonly InvalidRow[], limit = INVALID_ROWS_SHOWN): string {
  const shown = rows
    .slice(0, limit)
    .map((row) => `  line ${row.line}: ${formatFieldIssues(row.issues)}`);
  const rest = rows.length - shown.length;
  if (rest > 0) shown.push(`  … and ${rest} more bad ${rest === 1 ? 'row' : 'rows'}`);
  return `${shown.join('\n')}\n`;
}
