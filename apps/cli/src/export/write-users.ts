import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { User } from '@org/tcb-user-client';
import { stringify } from 'csv-stringify';
import type { UserFileFormat } from '../import/user-file-format.js';
import { escapeFormulaCell } from '../users/spreadsheet-formulas.js';
import { toUserRecord, USER_COLUMNS, type UserRecord } from '../users/user-columns.js';

/** Options of `writeUsers`. */
export interface WriteUsersOptions {
  format: UserFileFormat;
  /** Whether to end `out` when done. Default: true (false for the process's stdout). */
  end?: boolean;
  /**
   * Whether CSV cells that a spreadsheet would run as a formula get a leading `'`
   * (`escapeFormulaCell`). Default: true. JSON lines are never changed.
   */
  escapeFormulas?: boolean;
  /** Called after each user is handed on, with the count so far. */
  onUser?: (count: number) => void;
}

/**
 * Streams users into `out` as CSV (header row, the import columns; formula-like cells escaped
 * unless `escapeFormulas` is false) or JSON lines, honouring
 * back-pressure, so any number of users is exported with constant memory. Resolves to the
 * number of users written.
 */
export async function writeUsers(
  users: AsyncIterable<User>,
  out: Writable,
  options: WriteUsersOptions,
): Promise<number> {
  let count = 0;
  const escapeCells = options.format === 'csv' && options.escapeFormulas !== false;
  async function* records() {
    for await (const user of users) {
      const record = toUserRecord(user);
      yield escapeCells ? escapeRecord(record) : record;
      count += 1;
      options.onUser?.(count);
    }
  }
  const source = Readable.from(records());
  const end = options.end ?? true;
  if (options.format === 'csv') {
    const csv = stringify({ header: true, columns: [...USER_COLUMNS] });
    await pipeline(source, csv, out, { end });
  } else {
    await pipeline(source, toJsonLines, out, { end });
  }
  return count;
}

function escapeRecord(record: UserRecord): UserRecord {
  const entries = Object.entries(record).map(([column, value]) => [
    column,
    escapeFormulaCell(value),
  ]);
  return Object.fromEntries(entries) as UserRecord;
}

async function* toJsonLines(records: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const record of records) yield `${JSON.stringify(record)}\n`;
}
