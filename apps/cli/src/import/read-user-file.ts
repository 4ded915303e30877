import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { CliError, isCliError } from '../cli-error.js';
import { EXIT_CODES } from '../exit-codes.js';
import { unescapeFormulaCell } from '../users/spreadsheet-formulas.js';
import { checkCsvHeader } from './check-csv-header.js';
import {
  chooseUserFileFormat,
  sniffUserFileFormat,
  type UserFileFormat,
} from './user-file-format.js';

/** One row of an import file, before validation. */
export interface RawUserRow {
  /** Line of the file the row ends on (the CSV header is line 1). */
  line: number;
  /** The row's fields; empty values are left out (an empty cell means "absent"). */
  fields: Record<string, unknown>;
}

/** What `readUserFile` found. */
export interface UserFile {
  format: UserFileFormat;
  rows: RawUserRow[];
  /** Lines that could not be parsed at all (JSON lines only; a broken CSV refuses the file). */
  unreadable: { line: number; message: string }[];
}

/**
 * Reads a whole import file (CSV with a header row, or JSON lines) into rows. Empty values
 * (`''`, `null`) count as absent, so exported files import back unchanged. An empty file, a
 * CSV header with unknown, repeated or missing columns, and a CSV the parser cannot read are
 * refused (exit code 3) before any row is looked at.
 */
export async function readUserFile(path: string, requested?: UserFileFormat): Promise<UserFile> {
  const content = await readText(path);
  const format = chooseUserFileFormat(requested, path) ?? sniffUserFileFormat(content);
  if (content.replace(/^\uFEFF/, '').trim() === '') throw emptyFileError(path, format);
  if (format === 'jsonl') return { format, ...parseJsonLines(content) };
  return { format, rows: parseCsv(content), unreadable: [] };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new CliError(EXIT_CODES.usage, `Cannot read ${path}: ${code}`);
  }
}

function emptyFileError(path: string, format: UserFileFormat): CliError {
  const needs =
    format === 'csv' ? 'a header row on line 1, then one row per user' : 'one JSON object a line';
  return new CliError(
    EXIT_CODES.invalid,
    `Refused ${path}: the file is empty (expected ${needs}).`,
  );
}

/**
 * Parses CSV text with a header row into rows numbered by file line. The header is checked
 * first (`checkCsvHeader`); cells escaped against spreadsheet formulas by `export` are restored.
 */
export function parseCsv(content: string): RawUserRow[] {
  try {
    const records = parse(content, {
      bom: true,
      columns: (header: string[]) => {
        checkCsvHeader(header);
        return header;
      },
      info: true,
      skip_empty_lines: true,
      trim: false,
    }) as { info: { lines: number }; record: Record<string, string> }[];
    return records.map(({ info, record }) => ({
      line: info.lines,
      fields: dropEmpty(unescapeCells(record)),
    }));
  } catch (error) {
    if (isCliError(error)) throw error;
    const line = (error as { lines?: number }).lines;
    const where = line === undefined ? '' : ` at line ${line}`;
    throw new CliError(
      EXIT_CODES.invalid,
      `The CSV file cannot be read${where}: ${csvReason(error)}`,
    );
  }
}

// csv-parse messages quote the offending record, which may hold a password: keep only the code.
function csvReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code ? code.replace(/^CSV_/, '').toLowerCase().replaceAll('_', ' ') : 'malformed CSV';
}

/** Parses JSON lines text (one object a line; blank lines ignored) into rows. */
export function parseJsonLines(content: string): Omit<UserFile, 'format'> {
  const rows: RawUserRow[] = [];
  const unreadable: UserFile['unreadable'] = [];
  content.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 1;
    const value = parseJsonObject(text);
    if (value) rows.push({ line, fields: dropEmpty(value) });
    else unreadable.push({ line, message: 'is not a JSON object' });
  });
  return { rows, unreadable };
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isObject ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

// Passwords are never exported, so a password cell was never escaped and is kept as written.
function unescapeCells(record: Record<string, string>): Record<string, string> {
  const entries = Object.entries(record).map(([column, value]) => [
    column,
    column === 'password' ? value : unescapeFormulaCell(value),
  ]);
  return Object.fromEntries(entries);
}

function dropEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== '' && v !== null));
}
