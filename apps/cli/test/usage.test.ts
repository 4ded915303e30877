import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/exit-codes.js';
import { runInProcess } from './support/run-in-process.js';

// A loopback server that counts requests: the usage and validation failures below must not
// reach it.
let server: Server;
let requests = 0;
let env: Record<string, string>;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests += 1;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  env = {
    TENCENTCLOUD_SECRETID: 'AKIDtestonly000000000000000000000000',
    TENCENTCLOUD_SECRETKEY: 'test-only-secret-key-0000000000000',
    TCB_BASE_URL: `http://127.0.0.1:${port}`,
    TCB_ENV_ID: 'usage-env',
  };
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  expect(requests).toBe(0);
});

describe('command line usage', () => {
  it('prints help on stdout and exits 0 for --help', async () => {
    const run = await runInProcess(['--help'], { env });
    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.stdout).toContain('Usage: tcb-users');
    expect(run.stdout).toContain('Exit codes:');
  });

  it('has help on every command', async () => {
    for (const command of [
      'list',
      'get',
      'create',
      'update',
      'block',
      'unblock',
      'delete',
      'import',
      'export',
    ]) {
      const run = await runInProcess([command, '--help'], { env });
      expect(run.code, command).toBe(EXIT_CODES.ok);
      expect(run.stdout, command).toContain(`Usage: tcb-users ${command}`);
    }
  });

  it('prints usage and exits 2 for an unknown command', async () => {
    const run = await runInProcess(['lst'], { env });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain("unknown command 'lst'");
    expect(run.stderr).toContain('Usage: tcb-users');
  });

  it('prints usage and exits 2 when no command is given', async () => {
    const run = await runInProcess([], { env });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain('Usage: tcb-users');
  });

  it('exits 2 for an unknown option, a missing argument and a malformed number', async () => {
    const runs = await Promise.all([
      runInProcess(['list', '--colour'], { env }),
      runInProcess(['get'], { env }),
      runInProcess(['list', '--page-size', 'ten'], { env }),
      runInProcess(['list', '--all', '--page', '2'], { env }),
    ]);
    const commands = ['list', 'get', 'list', 'list'];
    runs.forEach((run, i) => {
      expect(run.code).toBe(EXIT_CODES.usage);
      expect(run.stderr).toContain(`Usage: tcb-users ${commands[i]}`);
    });
  });

  it('exits 2 when update is given no field to change', async () => {
    const run = await runInProcess(['update', 'u-1'], { env });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain('nothing to change');
  });

  it('refuses to delete without --yes when it cannot ask, exit 2, in one line telling to pass --yes', async () => {
    const run = await runInProcess(['delete', 'u-1'], { env, stdinIsTty: false });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toBe(
      'tcb-users: Refusing to delete 1 user without confirmation: stdin is not a terminal, so ' +
        'nothing can be asked. Pass --yes to delete without asking.\n',
    );
  });

  it('exits 2 from update when every field given is an empty one that leaves the field unchanged', async () => {
    const run = await runInProcess(['update', 'u-1', '--name', '', '--status', ''], { env });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain("nothing to change: '' leaves name, type, status and password");
  });

  it('says a page number is too large rather than not a whole number', async () => {
    const run = await runInProcess(['list', '--page', '99999999999999999999'], { env });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain('is too large');
    expect(run.stderr).not.toContain('whole number');
  });

  it('exits 2 naming --endpoint when the endpoint is not an http(s) URL', async () => {
    for (const endpoint of ['not a url', 'ftp://127.0.0.1/']) {
      const run = await runInProcess(['list', '--endpoint', endpoint], { env });
      expect(run.code, endpoint).toBe(EXIT_CODES.usage);
      expect(run.stderr).toContain('--endpoint must be an absolute http(s) URL');
    }
  });

  it('says a secret key with whitespace came from its environment variable, without showing it', async () => {
    const key = 'test-only secret-key-with-space';
    const run = await runInProcess(['list'], { env: { ...env, TENCENTCLOUD_SECRETKEY: key } });
    expect(run.code).toBe(EXIT_CODES.config);
    expect(run.stderr).toContain('environment variable TENCENTCLOUD_SECRETKEY contains whitespace');
    expect(run.stderr).not.toContain('from options');
    expect(run.stderr).not.toContain('secret-key-with-space');
  });

  it('deletes nothing when the confirmation is declined', async () => {
    const run = await runInProcess(['delete', 'u-1'], { env, stdinIsTty: true, stdin: 'n\n' });
    expect(run.code).toBe(EXIT_CODES.failed);
    expect(run.stderr).toContain('Delete 1 user: u-1? [y/N]');
    expect(run.stderr).toContain('Nothing deleted.');
  });

  it('exits 3 naming the field when create gets a value that breaks a rule', async () => {
    const run = await runInProcess(['create', '--name', 'ann', '--phone', '12345'], { env });
    expect(run.code).toBe(EXIT_CODES.invalid);
    expect(run.stderr).toContain('phone: must be an 11-digit mainland number');
  });

  it('exits 3 without echoing a password read from stdin that breaks the rule', async () => {
    const run = await runInProcess(['create', '--name', 'ann', '--password-stdin'], {
      env,
      stdin: 'weakpass\n',
    });
    expect(run.code).toBe(EXIT_CODES.invalid);
    expect(run.stderr).toContain('password:');
    expect(run.stderr).not.toContain('weakpass');
  });

  it('exits 5 with the variable names when credentials are missing', async () => {
    const { TENCENTCLOUD_SECRETKEY: _dropped, ...partial } = env;
    const run = await runInProcess(['list'], { env: partial });
    expect(run.code).toBe(EXIT_CODES.config);
    expect(run.stderr).toContain('TENCENTCLOUD_SECRETKEY');
  });

  it('exits 5 when no environment is chosen', async () => {
    const { TCB_ENV_ID: _dropped, ...partial } = env;
    const run = await runInProcess(['list'], { env: partial });
    expect(run.code).toBe(EXIT_CODES.config);
    expect(run.stderr).toContain('--env');
  });

  it('exits 6 when nothing listens at the endpoint', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const run = await runInProcess(
      ['list', '--endpoint', `http://127.0.0.1:${port}`, '--timeout', '2000'],
      {
        env,
      },
    );
    expect(run.code).toBe(EXIT_CODES.unreachable);
    expect(run.stderr).toContain('tcb-users:');
  });
});

describe('import file header', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tcb-cli-header-'));
  });

  async function importFile(name: string, content: string) {
    const path = join(dir, name);
    await writeFile(path, content);
    return runInProcess(['import', '--no-progress', path], { env });
  }

  it('refuses a repeated column instead of silently keeping the last cell, exit 3', async () => {
    const run = await importFile('duphdr.csv', 'name,name\nh1,h2\n');
    expect(run.code).toBe(EXIT_CODES.invalid);
    expect(run.stderr).toContain('CSV header (line 1)');
    expect(run.stderr).toContain('"name" is repeated (columns 1 and 2)');
    expect(run.stdout).toBe('');
  });

  it('reports a wrong-case header once against line 1, not on every row', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `user.${i},Nick ${i}`).join('\n');
    const run = await importFile('case.csv', `Name,NickName\n${rows}\n`);
    expect(run.code).toBe(EXIT_CODES.invalid);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('"Name" (column 1) is not a known column (did you mean "name"?)');
    expect(run.stderr).not.toContain('more bad rows');
  });

  it('reports a space-padded header once, suggesting the names without spaces', async () => {
    const run = await importFile('spaces.csv', ' name , nickName \nann,Ann\nbob,Bob\n');
    expect(run.code).toBe(EXIT_CODES.invalid);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('did you mean "nickName"?');
  });

  it('refuses an empty file instead of importing 0 rows, exit 3', async () => {
    const run = await importFile('empty.csv', '');
    expect(run.code).toBe(EXIT_CODES.invalid);
    expect(run.stderr).toContain('the file is empty');
  });
});

describe('export destination', () => {
  it('refuses a path in a missing folder before contacting the service, exit 2, naming the path', async () => {
    const path = join(tmpdir(), 'tcb-cli-no-such-folder', 'x.csv');
    const run = await runInProcess(['export', '-o', path], { env });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain(`Cannot write ${path}: the folder`);
    expect(run.stderr).not.toContain('.partial');
    expect(run.stderr).not.toContain('Unexpected failure');
  });

  it('refuses a folder as the output file, exit 2', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'tcb-cli-out-'));
    await mkdir(join(folder, 'sub'));
    const run = await runInProcess(['export', '-o', join(folder, 'sub')], { env });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain(`Cannot write ${join(folder, 'sub')}: it is a folder`);
  });
});
