import {
  type CreateUserOptions,
  createUserOptionsSchema,
  type FieldIssue,
  toFieldIssues,
} from '@org/tcb-user-contract';
import type { RawUserRow, UserFile } from './read-user-file.js';

/** A row that passed every rule, ready to send. */
export interface ValidRow {
  line: number;
  options: CreateUserOptions & { name: string };
}

/** A row that broke at least one rule, with every rule it broke. */
export interface InvalidRow {
  line: number;
  issues: FieldIssue[];
}

/** The split of a file's rows into rows to send and rows to report. */
export interface RowValidation {
  valid: ValidRow[];
  invalid: InvalidRow[];
}

// Fields the service keeps unique per environment: a second row with the same value can never
// be created, so it is reported before anything is sent.
const uniqueFields = ['name', 'uid', 'phone', 'email'] as const;

/**
 * Checks every row against the contract's `createUser` rules (unknown columns included) and
 * refuses rows repeating a unique value (name, uid, phone, email) of an earlier row.
 */
export function validateRows(file: Pick<UserFile, 'rows' | 'unreadable'>): RowValidation {
  const valid: ValidRow[] = [];
  const invalid: InvalidRow[] = file.unreadable.map(({ line, message }) => ({
    line,
    issues: [{ field: '', message: `line ${message}` }],
  }));
  const firstLineOf = new Map<string, number>();
  for (const row of file.rows) {
    const result = createUserOptionsSchema.safeParse(row.fields);
    const issues = result.success ? [] : toFieldIssues(result.error);
    issues.push(...duplicateIssues(row, firstLineOf));
    if (result.success && issues.length === 0) valid.push({ line: row.line, options: result.data });
    else invalid.push({ line: row.line, issues });
  }
  invalid.sort((a, b) => a.line - b.line);
  return { valid, invalid };
}

function duplicateIssues(row: RawUserRow, firstLineOf: Map<string, number>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of uniqueFields) {
    const value = row.fields[field];
    if (typeof value !== 'string') continue;
    const key = `${field}\u0000${value}`;
    const first = firstLineOf.get(key);
    if (first === undefined) firstLineOf.set(key, row.line);
    else issues.push({ field, message: `repeats the value of line ${first} (must be unique)` });
  }
  return issues;
}
