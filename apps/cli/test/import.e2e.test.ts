import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/exit-codes.js';
import type { ImportReport } from '../src/import/import-report.js';
import { runInProcess } from './support/run-in-process.js';
import { startTestEmulator, type TestEmulator } from './support/test-emulator.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = join(here, '../../../fixtures/users-1k.csv');
const launcher = join(here, '../bin/tcb-users.js');

let target: TestEmulator;
let dir: string;

beforeEach(async () => {
  target = await startTestEmulator();
  dir = await mkdtemp(join(tmpdir(), 'tcb-cli-import-'));
});

afterEach(async () => {
  await target.stop();
});

const cli = (argv: string[]) => runInProcess(['--rate', '500', ...argv], { env: target.env });

/** Writes the header and the first `count` rows of the 1,000-row fixture to a new file. */
async function fixtureSlice(
  count: number,
  name = 'slice.csv',
): Promise<{ path: string; rows: Record<string, string>[] }> {
  const lines = (await readFile(fixture, 'utf8')).trimEnd().split('\n');
  const text = `${lines.slice(0, count + 1).join('\n')}\n`;
  const path = join(dir, name);
  await writeFile(path, text);
  return { path, rows: parse(text, { columns: true }) as Record<string, string>[] };
}

function passwordsOf(rows: Record<string, string>[]): string[] {
  return rows.map((r) => r.password ?? '').filter((p) => p !== '');
}

describe('import', () => {
  it('creates every row of a CSV, reports the counts, and prints no password', async () => {
    const { path, rows } = await fixtureSlice(200);
    const run = await cli(['import', path]);
    expect(run.code, run.stderr).toBe(EXIT_CODES.ok);
    expect(run.stdout).toMatch(/200 rows, 200 created, 0 skipped \(already exist\), 0 failed\./);
    const names = (await target.users()).map((u) => u.Name).sort();
    expect(names).toEqual(rows.map((r) => r.name).sort());
    for (const password of passwordsOf(rows))
      expect(run.stdout + run.stderr).not.toContain(password);
  });

  it('refuses a file with bad rows by line number and sends nothing', async () => {
    const { path } = await fixtureSlice(30);
    const text = await readFile(path, 'utf8');
    const lines = text.trimEnd().split('\n');
    lines[4] = lines[4]?.replace(/^[^,]+/, '.bad-name') ?? '';
    lines[9] = lines[9]?.replace(/,(1\d{10}),/, ',12345,') ?? '';
    lines.push(lines[2] ?? '');
    await writeFile(path, `${lines.join('\n')}\n`);
    const run = await cli(['import', path]);
    expect(run.code).toBe(EXIT_CODES.invalid);
    expect(run.stderr).toContain('nothing was sent');
    expect(run.stderr).toMatch(/line 5: name: /);
    expect(run.stderr).toMatch(/line 32: name: repeats the value of line 3/);
    expect(await target.users()).toEqual([]);
  });

  it('imports the good rows with --skip-invalid and reports the bad ones', async () => {
    const path = join(dir, 'mixed.jsonl');
    const good = [
      { name: 'j.one', phone: '13900000001' },
      { name: 'j.two', nickName: '李雷' },
    ];
    const text = [
      JSON.stringify(good[0]),
      '{"name":"", "password":"Xy1!abcdef"}',
      JSON.stringify(good[1]),
    ].join('\n');
    await writeFile(path, text);
    const run = await cli(['import', path, '--skip-invalid', '--json']);
    expect(run.code, run.stderr).toBe(EXIT_CODES.ok);
    const report = JSON.parse(run.stdout) as ImportReport;
    expect(report).toMatchObject({ rows: 3, created: 2, invalid: 1, failed: 0 });
    expect(report.invalidRows[0]?.line).toBe(2);
    expect(run.stdout + run.stderr).not.toContain('Xy1!abcdef');
    expect((await target.users()).map((u) => u.Name).sort()).toEqual(['j.one', 'j.two']);
  });

  it('counts rows already imported as skipped on a second run', async () => {
    const { path } = await fixtureSlice(120);
    expect((await cli(['import', path])).code).toBe(EXIT_CODES.ok);
    const again = await cli(['import', path, '--json']);
    expect(again.code).toBe(EXIT_CODES.ok);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, skipped: 120, failed: 0 });
    expect(await target.users()).toHaveLength(120);
  });

  it('skips an existing name by asking after the duplicate when listing all names would cost more', async () => {
    const { path } = await fixtureSlice(150);
    expect((await cli(['import', path])).code).toBe(EXIT_CODES.ok);
    const { path: one, rows } = await fixtureSlice(1, 'one.csv');
    const run = await cli(['import', one, '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 0, skipped: 1, failed: 0 });
    expect((await target.users()).filter((u) => u.Name === rows[0]?.name)).toHaveLength(1);
  });

  it('fails a row whose phone belongs to another user (exit 1) without printing its password', async () => {
    await writeFile(join(dir, 'first.csv'), 'name,phone\nfirst.user,13911112222\n');
    expect((await cli(['import', join(dir, 'first.csv')])).code).toBe(EXIT_CODES.ok);
    const clash = join(dir, 'clash2.csv');
    await writeFile(clash, 'name,phone,password\nsecond.user,13911112222,Hidden-pw9\n');
    const run = await cli(['import', clash]);
    expect(run.code).toBe(EXIT_CODES.failed);
    expect(run.stdout).toContain('line 2 (second.user): FailedOperation.DuplicatedData');
    expect(run.stdout + run.stderr).not.toContain('Hidden-pw9');
  });

  it('a killed import re-run completes without duplicates', async () => {
    const { path, rows } = await fixtureSlice(400);
    const child = spawn(
      process.execPath,
      [launcher, 'import', path, '--rate', '100', '--concurrency', '4'],
      {
        env: { PATH: process.env.PATH ?? '', ...target.env },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_c, s) => resolve(s)),
    );
    let atKill = 0;
    for (let i = 0; i < 200 && atKill < 60; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      atKill = (await target.users()).length;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = (await target.users()).length;
    expect(atKill).toBeGreaterThanOrEqual(60);
    expect(before).toBeLessThan(rows.length);

    const rerun = await cli(['import', path, '--json']);
    expect(rerun.code, rerun.stderr).toBe(EXIT_CODES.ok);
    const report = JSON.parse(rerun.stdout) as ImportReport;
    expect(report.created + report.skipped).toBe(rows.length);
    // Creates in flight at the kill may land after `before` was read: they are skipped too.
    expect(report.skipped).toBeGreaterThanOrEqual(before);
    expect(report.failed).toBe(0);
    const names = (await target.users()).map((u) => u.Name);
    expect(names).toHaveLength(rows.length);
    expect(new Set(names).size).toBe(rows.length);
    expect(new Set(names)).toEqual(new Set(rows.map((r) => r.name)));
  });

  it('stops starting rows on SIGINT, reports what was done and exits 130', async () => {
    const { path, rows } = await fixtureSlice(400);
    const child = spawn(process.execPath, [launcher, 'import', path, '--rate', '100'], {
      env: { PATH: process.env.PATH ?? '', ...target.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    for (let i = 0; i < 200 && (await target.users()).length < 30; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(EXIT_CODES.interrupted);
    const created = Number(/(\d+) created/.exec(stdout)?.[1]);
    expect(stdout).toMatch(/stopped after .* not started\./);
    expect(created).toBe((await target.users()).length);
    expect(created).toBeLessThan(rows.length);
  });
});
