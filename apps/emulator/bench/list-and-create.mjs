// Benchmark of the emulator over loopback (not a test): seeds 100,000 users, then measures
// DescribeUserList latency and CreateUser throughput. Run `pnpm build` first, then
// `node bench/list-and-create.mjs` (options: --users N, --iterations N for password hashing).
// Requests are signed before the clock starts, so the figures are the server's round trip.
import { spawn } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { signTc3 } from '@org/tcb-user-contract';

const { values } = parseArgs({
  options: { users: { type: 'string', default: '100000' }, iterations: { type: 'string' } },
});
const userCount = Number(values.users);
const key = {
  secretId: 'AKIDbenchmark0000000000000000000000',
  secretKey: 'benchmark-secret-key-0000000000',
};
const envId = 'bench-env';
const hash = {
  sha256Hex: (data) => createHash('sha256').update(data).digest('hex'),
  hmacSha256: (k, data) => new Uint8Array(createHmac('sha256', k).update(data).digest()),
};
const agent = new Agent({ keepAlive: true, maxSockets: 32 });

function startEmulator(extra) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tcb-emulator-bench-'));
  const bin = new URL('../bin/tcb-user-emulator.js', import.meta.url).pathname;
  const args = ['--port', '0', '--quiet', '--data-dir', dataDir, '--env-id', envId];
  const child = spawn(
    process.execPath,
    [bin, ...args, '--key', `${key.secretId}:${key.secretKey}`, ...extra],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(text);
      if (match) resolve({ url: match[1], child, dataDir });
    });
  });
}

async function stopEmulator({ child, dataDir }) {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}

async function signed(url, action, params) {
  const body = JSON.stringify(params);
  const timestamp = Math.floor(Date.now() / 1000);
  const { host, hostname, port } = new URL(url);
  const auth = await signTc3(hash, {
    ...key,
    service: 'tcb',
    timestamp,
    body,
    headers: { 'content-type': 'application/json', host: hostname },
  });
  return {
    body,
    options: {
      host: hostname,
      port,
      method: 'POST',
      path: '/',
      agent,
      headers: {
        'content-type': 'application/json',
        host,
        'x-tc-action': action,
        'x-tc-version': '2018-06-08',
        'x-tc-timestamp': String(timestamp),
        authorization: auth.authorization,
        'content-length': Buffer.byteLength(body),
      },
    },
  };
}

function send({ body, options }) {
  return new Promise((resolve, reject) => {
    const req = request(options, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function latency(url, label, params, rounds = 200) {
  const prepared = [];
  for (let i = 0; i < rounds + 10; i += 1)
    prepared.push(await signed(url, 'DescribeUserList', { EnvId: envId, ...params }));
  const times = [];
  let answer;
  for (const [i, call] of prepared.entries()) {
    const started = process.hrtime.bigint();
    answer = await send(call);
    if (i >= 10) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  if (answer.Response.Error) throw new Error(`${label}: ${answer.Response.Error.Code}`);
  times.sort((a, b) => a - b);
  const line = `${label.padEnd(44)} median ${percentile(times, 50).toFixed(2)} ms  p99 ${percentile(times, 99).toFixed(2)} ms  (total ${answer.Response.Data.Total})`;
  console.log(line);
}

async function throughput(url, label, count, concurrency, makeParams) {
  const prepared = [];
  for (let i = 0; i < count; i += 1)
    prepared.push(await signed(url, 'CreateUser', { EnvId: envId, ...makeParams(i) }));
  let next = 0;
  let failures = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < prepared.length) {
        const answer = await send(prepared[next++]);
        if (answer.Response.Error) failures += 1;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `${label.padEnd(44)} ${(count / seconds).toFixed(0)} creates/s  (${count} requests, ${concurrency} in flight, ${failures} failed)`,
  );
}

console.log(`node ${process.version}, ${cpus().length} x ${cpus()[0]?.model}`);
const iterationArgs = values.iterations ? ['--password-iterations', values.iterations] : [];
const emulator = await startEmulator(iterationArgs);
const seedStarted = Date.now();
const lines = [];
for (let i = 0; i < userCount; i += 1) {
  const n = String(i).padStart(6, '0');
  lines.push(
    JSON.stringify({
      name: `user-${n}`,
      nickName: `Nick ${n}`,
      phone: `13${String(i).padStart(9, '0')}`,
      email: `user${n}@example.com`,
    }),
  );
}
const imported = await (
  await fetch(`${emulator.url}/__emulator/envs/${envId}/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: lines.join('\n'),
  })
).json();
console.log(
  `seeded ${imported.imported} users in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s (management import)`,
);

await latency(emulator.url, 'DescribeUserList page 1', { PageNo: 1, PageSize: 20 });
await latency(emulator.url, 'DescribeUserList deep page (PageNo 4999)', {
  PageNo: 4999,
  PageSize: 20,
});
await latency(emulator.url, 'DescribeUserList Name contains "user-04242"', { Name: 'user-04242' });
await latency(emulator.url, 'DescribeUserList Email contains "7@exam", p. 1', { Email: '7@exam' });
await latency(emulator.url, 'DescribeUserList Email contains "7@exam", p. 300', {
  Email: '7@exam',
  PageNo: 300,
});
await latency(emulator.url, 'DescribeUserList Name contains "none-match"', { Name: 'none-match' });
await throughput(emulator.url, 'CreateUser without password', 5000, 16, (i) => ({
  Name: `fresh-${i}`,
}));
await throughput(
  emulator.url,
  `CreateUser with password (${values.iterations ?? '100000'} iterations)`,
  200,
  4,
  (i) => ({ Name: `pw-${i}`, Password: 'Abcdef12!' }),
);
await stopEmulator(emulator);
agent.destroy();
