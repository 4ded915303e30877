import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/exit-codes.js';
import { runInProcess } from './support/run-in-process.js';
import { startTestEmulator, type TestEmulator } from './support/test-emulator.js';

let target: TestEmulator;
const cli = (argv: string[], stdin?: string) =>
  runInProcess(['--rate', '500', ...argv], {
    env: target.env,
    ...(stdin === undefined ? {} : { stdin }),
  });

beforeAll(async () => {
  target = await startTestEmulator();
});

afterAll(async () => {
  await target.stop();
});

async function createUser(name: string, extra: string[] = []): Promise<string> {
  const run = await cli(['create', '--name', name, ...extra, '--json']);
  expect(run.code, run.stderr).toBe(EXIT_CODES.ok);
  return (JSON.parse(run.stdout) as { uid: string }).uid;
}

describe('single-user commands against the emulator', () => {
  it('creates a user with a password from stdin and shows it with get', async () => {
    const run = await cli(
      ['create', '--name', 'grace', '--nick-name', '格蕾丝', '--password-stdin'],
      'Abcdef12!\n',
    );
    expect(run.code, run.stderr).toBe(EXIT_CODES.ok);
    const uid = /uid ([^)]+)\)/.exec(run.stdout)?.[1] ?? '';
    const user = await target.emulator.service.directory.get(uid, target.envId);
    expect(user?.NickName).toBe('格蕾丝');
    expect(
      await target.emulator.service.directory.checkPassword(uid, 'Abcdef12!', target.envId),
    ).toBe(true);
    const shown = await cli(['get', uid]);
    expect(shown.code).toBe(EXIT_CODES.ok);
    expect(shown.stdout).toContain('grace');
    expect(shown.stdout).not.toContain('Abcdef12!');
  });

  it('exits 1 with the service error code when the name is taken', async () => {
    await createUser('taken.name');
    const run = await cli(['create', '--name', 'taken.name']);
    expect(run.code).toBe(EXIT_CODES.failed);
    expect(run.stderr).toContain('FailedOperation.DuplicatedData');
    expect(run.stderr).toMatch(/request id \S+/);
  });

  it('updates fields, and an empty value clears a clearable field', async () => {
    const uid = await createUser('ada', ['--phone', '13800138123', '--email', 'ada@example.com']);
    const run = await cli(['update', uid, '--phone', '', '--nick-name', 'Ada L']);
    expect(run.code, run.stderr).toBe(EXIT_CODES.ok);
    const user = await target.emulator.service.directory.get(uid, target.envId);
    expect(user).toMatchObject({ Phone: '', NickName: 'Ada L', Email: 'ada@example.com' });
  });

  it('reports only the fields update sent: empty name and status are left out, an empty phone is cleared', async () => {
    const uid = await createUser('ida', ['--phone', '13800138124']);
    const run = await cli(['update', uid, '--name', '', '--status', '', '--phone', '']);
    expect(run.code, run.stderr).toBe(EXIT_CODES.ok);
    expect(run.stdout).toBe(`Updated user ${uid}: cleared phone.\n`);
    const json = await cli(['update', uid, '--name', '', '--nick-name', 'Ida', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ changed: ['nickName'], cleared: [] });
    const user = await target.emulator.service.directory.get(uid, target.envId);
    expect(user).toMatchObject({ Name: 'ida', Phone: '', NickName: 'Ida', UserStatus: 'ACTIVE' });
  });

  it('says no user matches when a filtered list is empty, not "page 1 of 1 pages"', async () => {
    const run = await cli(['list', '--name', 'no-such-user-anywhere']);
    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.stderr).toBe('No users match.\n');
  });

  it('escapes formula cells in a CSV export, exports raw values on request, and imports the file back unchanged', async () => {
    const description = '=HYPERLINK("http://127.0.0.1/","x")';
    await createUser('formula.one', ['--description', description, '--nick-name', '-dash-']);
    const dir = await mkdtemp(join(tmpdir(), 'tcb-cli-formula-'));
    const file = join(dir, 'formula.csv');
    const exported = await cli(['export', '--name', 'formula.', '-o', file]);
    expect(exported.code).toBe(EXIT_CODES.ok);
    expect(exported.stderr).toContain('Exported 1 user to');
    const [row] = parse(await readFile(file, 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(row).toMatchObject({ description: `'${description}`, nickName: "'-dash-" });
    const raw = await cli(['export', '--name', 'formula.', '--no-escape-formulas']);
    expect(raw.stdout).toContain('"=HYPERLINK(');
    const jsonl = await cli(['export', '--name', 'formula.', '--format', 'jsonl']);
    expect(JSON.parse(jsonl.stdout)).toMatchObject({ description, nickName: '-dash-' });

    const uid = row?.uid ?? '';
    expect((await cli(['delete', uid, '--yes'])).code).toBe(EXIT_CODES.ok);
    const imported = await cli(['import', '--no-progress', file]);
    expect(imported.code, imported.stderr).toBe(EXIT_CODES.ok);
    const back = await target.emulator.service.directory.get(uid, target.envId);
    expect(back).toMatchObject({
      Name: 'formula.one',
      Description: description,
      NickName: '-dash-',
    });
  });

  it('exits 4 when update names a uid that does not exist', async () => {
    const run = await cli(['update', 'no-such-uid', '--nick-name', 'Nobody']);
    expect(run.code).toBe(EXIT_CODES.notFound);
    expect(run.stderr).toContain('ResourceNotFound.UserNotExist');
  });

  it('blocks and unblocks users, and exits 4 naming uids that do not exist', async () => {
    const uids = [await createUser('b1'), await createUser('b2')];
    const blocked = await cli(['block', ...uids, 'ghost-uid']);
    expect(blocked.code).toBe(EXIT_CODES.notFound);
    expect(blocked.stdout).toContain('Blocked 2 users.');
    expect(blocked.stderr).toContain('ghost-uid');
    const listed = await cli(['get', ...uids, '--json']);
    const users = (JSON.parse(listed.stdout) as { users: { userStatus: string }[] }).users;
    expect(users.map((u) => u.userStatus)).toEqual(['BLOCKED', 'BLOCKED']);
    const unblocked = await cli(['unblock', ...uids, '--json']);
    expect(unblocked.code).toBe(EXIT_CODES.ok);
    expect((JSON.parse(unblocked.stdout) as { changed: string[] }).changed.sort()).toEqual(
      [...uids].sort(),
    );
    const after = await target.emulator.service.directory.get(uids[0] ?? '', target.envId);
    expect(after?.UserStatus).toBe('ACTIVE');
  });

  it('exits 4 from get when some uids have no user, still printing the ones found', async () => {
    const uid = await createUser('found.one');
    const run = await cli(['get', uid, 'missing-uid', '--json']);
    expect(run.code).toBe(EXIT_CODES.notFound);
    expect(JSON.parse(run.stdout)).toMatchObject({ notFound: ['missing-uid'], users: [{ uid }] });
  });
});

describe('bulk commands against the emulator', () => {
  const names = Array.from({ length: 150 }, (_, i) => `bulk.${String(i).padStart(3, '0')}`);
  let uids: string[] = [];
  // Creation order: imports run several creates at once, so it need not be the file's order.
  let ordered: string[] = [];

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tcb-cli-bulk-'));
    const file = join(dir, 'bulk.csv');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      file,
      `name,phone\n${names.map((n, i) => `${n},139${String(i).padStart(8, '0')}`).join('\n')}\n`,
    );
    const run = await cli(['import', file]);
    expect(run.code, run.stderr).toBe(EXIT_CODES.ok);
    const listed = await cli(['list', '--all', '--name', 'bulk.', '--json']);
    const users = (JSON.parse(listed.stdout) as { users: { uid: string; name: string }[] }).users;
    uids = users.map((u) => u.uid);
    ordered = users.map((u) => u.name);
    expect([...ordered].sort()).toEqual(names);
  });

  it('pages through filtered users, reporting the total of matches', async () => {
    const run = await cli([
      'list',
      '--name',
      'bulk.',
      '--page',
      '2',
      '--page-size',
      '40',
      '--json',
    ]);
    const page = JSON.parse(run.stdout) as { total: number; users: { name: string }[] };
    expect(page.total).toBe(150);
    expect(page.users.map((u) => u.name)).toEqual(ordered.slice(40, 80));
  });

  it('prints a table with a header and the page position by default', async () => {
    const run = await cli(['list', '--name', 'bulk.', '--page-size', '5']);
    expect(run.stdout.split('\n')[0]).toMatch(/^UID\s+NAME\s+TYPE\s+STATUS/);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(6);
    expect(run.stderr).toContain('Users 1-5 of 150 (page 1 of 30).');
  });

  it('exports every matching user as CSV that reads back with the import columns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tcb-cli-export-'));
    const file = join(dir, 'out.csv');
    const run = await cli(['export', '--name', 'bulk.', '--output', file]);
    expect(run.code, run.stderr).toBe(EXIT_CODES.ok);
    const rows = parse(await readFile(file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.name)).toEqual(ordered);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'uid',
      'name',
      'type',
      'userStatus',
      'nickName',
      'phone',
      'email',
      'avatarUrl',
      'description',
    ]);
    expect(run.stderr).toContain('Exported 150 users');
  });

  it('exports JSON lines to stdout, one user a line', async () => {
    const run = await cli(['export', '--name', 'bulk.', '--format', 'jsonl']);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { name: string });
    expect(lines.map((u) => u.name)).toEqual(ordered);
  });

  it('deletes more than 100 uids with --yes and reports uids that had no user (exit 4)', async () => {
    expect(uids).toHaveLength(150);
    const run = await cli(['delete', ...uids, 'never-existed', '--yes', '--json']);
    expect(run.code).toBe(EXIT_CODES.notFound);
    expect(JSON.parse(run.stdout)).toMatchObject({ deleted: 150, notFound: 1, remaining: [] });
    const left = (await target.users()).filter((u) => u.Name.startsWith('bulk.'));
    expect(left).toEqual([]);
  });
});
