import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('refuses to delete without --yes when it cannot ask, exit 2', async () => {
    const run = await runInProcess(['delete', 'u-1'], { env, stdinIsTty: false });
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.stderr).toContain('--yes');
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
