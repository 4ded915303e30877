import type { Pacer, TcbUserClient } from '@org/tcb-user-client';
import { mapBounded } from '../map-bounded.js';
import { createRow } from './create-row.js';
import { findExistingNames } from './find-existing-names.js';
import type { ImportOutcome } from './import-outcome.js';
import type { ValidRow } from './validate-rows.js';

/** Options of `runImport`. */
export interface RunImportOptions {
  pacer: Pacer;
  /** Creates in flight at once. */
  concurrency: number;
  /** Stops starting rows when it fires; rows in flight finish. */
  signal?: AbortSignal;
  /** Called once the existing users are known, with how many rows are left to create. */
  onPlan?: (plan: ImportPlan) => void;
  /** Called after every row, in completion order. */
  onOutcome?: (outcome: ImportOutcome) => void;
}

/** What an import will do, known after reading the existing users. */
export interface ImportPlan {
  /** Users in the environment before the import. */
  existingUsers: number;
  /** Rows whose names already exist: skipped without a request. */
  alreadyThere: number;
  /** Rows that will be sent. */
  toCreate: number;
  /** Whether existing names were listed up front (else checked on each duplicate). */
  namesListed: boolean;
}

/** What `runImport` did: one outcome per row it reached, and whether it was stopped early. */
export interface ImportRun {
  outcomes: ImportOutcome[];
  interrupted: boolean;
}

/**
 * Imports valid rows: skips names the environment already holds, then creates the rest with
 * bounded concurrency under the pacer. Running it again after an interruption finishes the job
 * without duplicates, since every row is matched by its unique name.
 */
export async function runImport(
  client: Pick<TcbUserClient, 'createUser' | 'describeUserList' | 'iterateUsers'>,
  rows: readonly ValidRow[],
  options: RunImportOptions,
): Promise<ImportRun> {
  const { pacer, signal } = options;
  const existing = await findExistingNames(client, pacer, rows.length);
  const outcomes: ImportOutcome[] = [];
  const report = (outcome: ImportOutcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  const toCreate = rows.filter((row) => !existing.names?.has(row.options.name));
  options.onPlan?.({
    existingUsers: existing.total,
    alreadyThere: rows.length - toCreate.length,
    toCreate: toCreate.length,
    namesListed: existing.names !== undefined,
  });
  for (const row of rows) {
    const { name } = row.options;
    const uid = existing.names?.get(name);
    if (uid !== undefined)
      report({ line: row.line, name, status: 'skipped', uid, reason: 'exists' });
  }
  await mapBounded(
    toCreate,
    options.concurrency,
    async (row) => report(await createRow(client, pacer, row)),
    signal,
  );
  return { outcomes, interrupted: signal?.aborted === true && outcomes.length < rows.length };
}
