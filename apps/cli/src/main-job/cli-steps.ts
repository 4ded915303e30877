import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ImportReport } from '../import/import-report.js';
import type { UserRecord } from '../users/user-columns.js';
import { expectCliSuccess, runCliChild } from './run-cli-child.js';

/** Where the CLI steps run: the environment pointing `tcb-users` at the emulator, and a folder. */
export interface CliStepContext {
  env: Record<string, string>;
  workDir: string;
  /** Requests per second the CLI may send to the emulator. */
  rate: number;
}

const json = <T>(text: string) => JSON.parse(text) as T;

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Imports the user file through `tcb-users import` and checks every row was created. */
export async function importUsers(ctx: CliStepContext, file: string, rows: number) {
  const args = ['import', file, '--rate', String(ctx.rate), '--json'];
  const report = json<ImportReport>(await expectCliSuccess(args, ctx.env));
  check(report.created === rows, `expected ${rows} users created, got ${report.created}`);
  const rate = Math.round(report.created / (report.durationMs / 1000));
  return {
    report,
    summary:
      `${report.rows} rows, ${report.created} created, ${report.failed} failed ` +
      `(${rate} users/s)`,
  };
}

/** Lists the first page and searches by name and by phone, as `tcb-users list` does. */
export async function listAndSearch(ctx: CliStepContext, expectedTotal: number) {
  const page = json<{ total: number; users: UserRecord[] }>(
    await expectCliSuccess(['list', '--page-size', '10', '--json'], ctx.env),
  );
  check(page.total === expectedTotal, `expected ${expectedTotal} users listed, got ${page.total}`);
  const byName = json<{ total: number; users: UserRecord[] }>(
    await expectCliSuccess(
      ['list', '--all', '--name', 'zhang', '--json', '--rate', String(ctx.rate)],
      ctx.env,
    ),
  );
  check(
    byName.users.every((u) => u.name.includes('zhang')),
    'the name search returned a non-match',
  );
  const byPhone = json<{ total: number }>(
    await expectCliSuccess(['list', '--phone', '138', '--json'], ctx.env),
  );
  const summary =
    `${page.total} users; name contains "zhang": ${byName.total}; ` +
    `phone contains "138": ${byPhone.total}`;
  return { byName: byName.users, summary };
}

/** Blocks a few users, checks their status, unblocks them and checks again. */
export async function blockAndUnblock(ctx: CliStepContext, uids: readonly string[]) {
  await expectCliSuccess(['block', ...uids], ctx.env);
  await expectStatus(ctx, uids, 'BLOCKED');
  await expectCliSuccess(['unblock', ...uids], ctx.env);
  await expectStatus(ctx, uids, 'ACTIVE');
  return { summary: `${uids.length} users blocked, checked, unblocked, checked` };
}

async function expectStatus(
  ctx: CliStepContext,
  uids: readonly string[],
  status: string,
): Promise<void> {
  const got = json<{ users: UserRecord[] }>(
    await expectCliSuccess(['get', ...uids, '--json'], ctx.env),
  );
  const wrong = got.users.filter((u) => u.userStatus !== status);
  check(
    got.users.length === uids.length && wrong.length === 0,
    `expected ${uids.length} users ${status}`,
  );
}

/** Exports every user to a CSV file and reads it back. */
export async function exportAll(ctx: CliStepContext, expectedTotal: number) {
  const file = join(ctx.workDir, 'export.csv');
  await expectCliSuccess(['export', '--output', file, '--rate', String(ctx.rate)], ctx.env);
  const rows = parse(await readFile(file, 'utf8'), { columns: true }) as UserRecord[];
  check(
    rows.length === expectedTotal,
    `expected ${expectedTotal} exported users, got ${rows.length}`,
  );
  return { rows, summary: `${rows.length} users written to export.csv` };
}

/** Deletes a batch of uids (more than one request's 100) with `--yes` and checks the count left. */
export async function deleteBatch(
  ctx: CliStepContext,
  uids: readonly string[],
  expectedLeft: number,
) {
  const args = ['delete', ...uids, '--yes', '--json', '--rate', String(ctx.rate)];
  const result = json<{ deleted: number }>(await expectCliSuccess(args, ctx.env));
  check(result.deleted === uids.length, `expected ${uids.length} deleted, got ${result.deleted}`);
  const left = json<{ total: number }>(
    await expectCliSuccess(['list', '--page-size', '1', '--json'], ctx.env),
  );
  check(left.total === expectedLeft, `expected ${expectedLeft} users left, got ${left.total}`);
  return {
    summary:
      `${result.deleted} users deleted in ${Math.ceil(uids.length / 100)} requests, ` +
      `${left.total} left`,
  };
}

/** Checks that bad input is refused the documented way: usage error 2, invalid file 3. */
export async function refuseBadInput(ctx: CliStepContext, badFile: string) {
  const usage = await runCliChild(['list', '--page-size', 'many'], ctx.env);
  check(usage.code === 2, `a bad argument should exit 2, got ${usage.code}`);
  const refused = await runCliChild(['import', badFile], ctx.env);
  check(refused.code === 3, `a file with bad rows should exit 3, got ${refused.code}`);
  const lines = refused.stderr.split('\n').filter((l) => l.startsWith('  line')).length;
  return {
    summary: `bad argument exit 2; file with ${lines} bad rows refused, exit 3, nothing sent`,
  };
}
