// Times `tcb-users import` of a user file against a local emulator (fresh data folder, free
// loopback port), as a user would run it: the built CLI in a child process.
//
//   node apps/cli/bench/import-benchmark.mjs [file] [--rate N] [--concurrency N] [--password-iterations N]
//
// Defaults: fixtures/users-10k.csv, --rate 1000, --concurrency 8, --password-iterations 1000.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator } from '@org/tcb-user-emulator';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rate: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '8' },
    'password-iterations': { type: 'string', default: '1000' },
  },
});
const file =
  positionals[0] ?? fileURLToPath(new URL('../../../fixtures/users-10k.csv', import.meta.url));
const launcher = fileURLToPath(new URL('../bin/tcb-users.js', import.meta.url));
const envId = 'bench-env';

const dataDir = await mkdtemp(join(tmpdir(), 'tcb-cli-bench-'));
const emulator = await startEmulator({
  port: 0,
  dataDir,
  envIds: [envId],
  passwordIterations: Number(values['password-iterations']),
});
const [key] = emulator.keys;
const args = ['import', file, '--rate', values.rate, '--concurrency', values.concurrency, '--json'];
const started = performance.now();
const child = spawn(process.execPath, [launcher, ...args], {
  env: {
    PATH: process.env.PATH ?? '',
    TENCENTCLOUD_SECRETID: key.secretId,
    TENCENTCLOUD_SECRETKEY: key.secretKey,
    TCB_BASE_URL: emulator.url,
    TCB_ENV_ID: envId,
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
child.stdout.on('data', (chunk) => {
  out += chunk;
});
const code = await new Promise((resolve) => child.on('close', resolve));
const seconds = (performance.now() - started) / 1000;
const stored = (await emulator.service.directory.users(envId)).length;
await emulator.stop();
await rm(dataDir, { recursive: true, force: true });

const report = code === 0 || code === 1 ? JSON.parse(out) : undefined;
console.log(
  [
    `file ${file}`,
    `rate ${values.rate}/s, concurrency ${values.concurrency}, emulator PBKDF2 iterations ${values['password-iterations']}`,
    `exit ${code}; created ${report?.created}, skipped ${report?.skipped}, failed ${report?.failed}; users stored ${stored}`,
    `wall ${seconds.toFixed(1)} s (${Math.round((report?.created ?? 0) / seconds)} users/s) on ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`,
  ].join('\n'),
);
process.exit(code === 0 ? 0 : 1);
