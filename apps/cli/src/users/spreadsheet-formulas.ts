// Spreadsheets run a cell that starts with one of these as a formula (CSV injection). A tab or a
// carriage return first is treated the same way by some of them.
const formulaStart = /^[=+\-@\t\r]/;

// A cell the import unescapes: a quote before a formula start, or before another quote (which
// is how a value that itself starts with a quote and such a character is written).
const escapedStart = /^'[=+\-@\t\r']/;

/**
 * Makes one exported CSV cell safe to open in a spreadsheet: a value starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading `'`, so it shows as text instead of being
 * run as a formula. A value already starting with `'` and one of those (or a second `'`) gets
 * one too, so `unescapeFormulaCell` restores every value exactly.
 */
export function escapeFormulaCell(value: string): string {
  return formulaStart.test(value) || escapedStart.test(value) ? `'${value}` : value;
}

/**
 * Undoes `escapeFormulaCell` on one imported CSV cell: drops the leading `'` of a cell that
 * starts with `'` followed by `=`, `+`, `-`, `@`, a tab, a carriage return or another `'`.
 * Any other cell is returned as is.
 */
export function unescapeFormulaCell(value: string): string {
  return escapedStart.test(value) ? value.slice(1) : value;
}
