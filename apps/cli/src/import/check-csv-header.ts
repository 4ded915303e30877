import { createUserOptionsSchema } from '@org/tcb-user-contract';
import { CliError } from '../cli-error.js';
import { EXIT_CODES } from '../exit-codes.js';

/** Columns an import file may have: the `createUser` option names, in the contract's order. */
export const IMPORT_COLUMNS: readonly string[] = Object.keys(createUserOptionsSchema.shape);

/** Columns every import file must have. */
export const REQUIRED_IMPORT_COLUMNS: readonly string[] = ['name'];

/**
 * Checks the header row of an import CSV once, before any data row: every column must be a
 * known `createUser` option, appear once, and the required ones must be there. Throws one
 * `CliError` (exit code 3) about line 1 listing every problem, with the right spelling when a
 * column differs from a known one only by case or spaces.
 */
export function checkCsvHeader(columns: readonly string[]): void {
  const problems = findHeaderProblems(columns);
  if (problems.length === 0) return;
  throw new CliError(
    EXIT_CODES.invalid,
    `Refused the CSV header (line 1), nothing was sent: ${problems.join('; ')}. ` +
      `Known columns: ${IMPORT_COLUMNS.join(',')} (only name is required).`,
  );
}

/** Lists what is wrong with a header row, one phrase per problem; empty when it is usable. */
export function findHeaderProblems(columns: readonly string[]): string[] {
  // A first line with no known column at all is data, not a header: its cells may hold a
  // password, so they are not quoted back.
  if (!columns.some((column) => IMPORT_COLUMNS.includes(suggestColumn(column) ?? ''))) {
    return ['line 1 names no known column, so the file has no header row'];
  }
  const problems: string[] = [];
  const firstPosition = new Map<string, number>();
  columns.forEach((column, index) => {
    const position = index + 1;
    const first = firstPosition.get(column);
    if (first !== undefined)
      problems.push(`${quote(column)} is repeated (columns ${first} and ${position})`);
    else firstPosition.set(column, position);
    if (first === undefined) problems.push(...unknownColumnProblem(column, position));
  });
  const suggested = new Set(columns.map(suggestColumn));
  for (const required of REQUIRED_IMPORT_COLUMNS) {
    // A misspelt required column was already pointed at with its right spelling.
    if (columns.includes(required) || suggested.has(required)) continue;
    problems.push(`the required column ${quote(required)} is missing`);
  }
  return problems;
}

function unknownColumnProblem(column: string, position: number): string[] {
  if (IMPORT_COLUMNS.includes(column)) return [];
  if (column.trim() === '') return [`column ${position} has no name`];
  const suggestion = suggestColumn(column);
  const hint = suggestion ? ` (did you mean ${quote(suggestion)}?)` : '';
  return [`${quote(column)} (column ${position}) is not a known column${hint}`];
}

// Column names are matched exactly, like the API's parameter names; a name that differs only by
// case or surrounding spaces is almost certainly a typo worth pointing at.
function suggestColumn(column: string): string | undefined {
  const wanted = column.trim().toLowerCase();
  return IMPORT_COLUMNS.find((known) => known.toLowerCase() === wanted);
}

function quote(column: string): string {
  return JSON.stringify(column);
}
