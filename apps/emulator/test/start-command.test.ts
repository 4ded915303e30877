import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/tcb-user-emulator.js', import.meta.url));

function start(args: string[]): {
  child: ChildProcess;
  output: () => string;
  url: Promise<string>;
} {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${text}`)), 10_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => clearTimeout(timer));
  });
  return { child, output: () => text, url };
}

describe('the tcb-user-emulator start command', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`starts on a free port, prints a development key and stops cleanly on ${signal}`, async () => {
      const run = start(['--port', '0', '--in-memory', '--quiet', '--env-id', 'cli-env']);
      const url = await run.url;
      const health = await fetch(`${url}/__emulator/health`);
      expect(health.status).toBe(200);
      expect(run.output()).toMatch(/TENCENTCLOUD_SECRETID=AKID[A-Za-z0-9]{32}/);
      run.child.kill(signal);
      const [code] = await once(run.child, 'exit');
      expect(code).toBe(0);
      expect(run.output()).toContain('stopped');
    });
  }

  it('exits with code 2 and the usage on a bad option', async () => {
    const run = start(['--port', 'abc']);
    run.url.catch(() => undefined);
    const [code] = await once(run.child, 'exit');
    expect(code).toBe(2);
    expect(run.output()).toContain('Usage: tcb-user-emulator');
  });

  it('exits at once with code 2 naming --data-dir when the folder sits under a regular file', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'tcb-emulator-data-dir-'));
    try {
      const file = join(scratch, 'plain-file');
      writeFileSync(file, 'not a folder');
      const started = Date.now();
      const run = start(['--port', '0', '--data-dir', join(file, 'data')]);
      run.url.catch(() => undefined);
      const [code] = await once(run.child, 'exit');
      expect(code).toBe(2);
      expect(run.output()).toMatch(/--data-dir: .*plain-file is not a folder/);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('exits with code 2 naming --env-id when it is empty', async () => {
    const run = start(['--port', '0', '--in-memory', '--env-id', '']);
    run.url.catch(() => undefined);
    const [code] = await once(run.child, 'exit');
    expect(code).toBe(2);
    expect(run.output()).toContain('--env-id');
  });
});
