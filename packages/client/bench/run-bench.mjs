// Benchmark: sequential describeUserList calls against a fixed loopback server, through this
// client, @cloudbase/manager-node, and two bare signed requests (node:http keep-alive, the
// floor; and the global fetch). Clients are interleaved; medians over rounds. Also measures
// import time over a bare `node -e 0`. Usage: pnpm --filter @org/tcb-user-client bench
import { execFileSync, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP = 200;
const secretId = 'AKIDbench000000000000000000000000';
const secretKey = 'bench-secret-key-000000000000000';
const envId = 'bench-env';

const server = fork(fileURLToPath(new URL('./fixed-server.mjs', import.meta.url)), {
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const url = await new Promise((resolve) =>
  server.stdout.once('data', (d) => resolve(String(d).trim())),
);
process.env.TCB_BASE_URL = url;

const { createTcbUserClient } = await import('../dist/index.js');
const CloudBase = require('@cloudbase/manager-node');
const Sign = require('tencentcloud-sdk-nodejs/tencentcloud/common/sign.js').default;

const body = { EnvId: envId, PageNo: 1, PageSize: 20 };
function signedHeaders() {
  const timestamp = Math.floor(Date.now() / 1000);
  const authorization = Sign.sign3({
    method: 'POST',
    url,
    payload: body,
    timestamp,
    service: 'tcb',
    secretId,
    secretKey,
    multipart: false,
    boundary: '',
    headers: { 'Content-Type': 'application/json' },
  });
  return {
    'Content-Type': 'application/json',
    'X-TC-Action': 'DescribeUserList',
    'X-TC-Version': '2018-06-08',
    'X-TC-Timestamp': String(timestamp),
    Authorization: authorization,
  };
}

const agent = new Agent({ keepAlive: true });
const target = new URL(url);
function bareHttp() {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: '/',
        method: 'POST',
        agent,
        headers: { ...signedHeaders(), 'Content-Length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
async function bareFetch() {
  const res = await fetch(url, {
    method: 'POST',
    headers: signedHeaders(),
    body: JSON.stringify(body),
  });
  return res.json();
}

const ours = createTcbUserClient({ secretId, secretKey, envId });
const manager = new CloudBase({ secretId, secretKey, envId });
const contenders = {
  'this client (default Node transport)': () => ours.describeUserList({ pageNo: 1, pageSize: 20 }),
  '@cloudbase/manager-node 5.6.5': () => manager.user.describeUserList({ pageNo: 1, pageSize: 20 }),
  'bare signed node:http keep-alive (floor)': bareHttp,
  'bare signed global fetch': bareFetch,
};

async function measure(call) {
  for (let i = 0; i < WARMUP; i++) await call();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) await call();
  const wall = Number(process.hrtime.bigint() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { cpuUs: (cpu.user + cpu.system) / CALLS, wallUs: wall / CALLS };
}

const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++) {
  const names = Object.keys(contenders);
  const order = names.slice(round % names.length).concat(names.slice(0, round % names.length));
  for (const name of order) samples[name].push(await measure(contenders[name]));
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = Object.entries(samples).map(([name, s]) => ({
  name,
  cpuUs: median(s.map((x) => x.cpuUs)),
  wallUs: median(s.map((x) => x.wallUs)),
}));
const floor = rows.find((r) => r.name.includes('floor'));

function runMs(code) {
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, ['-e', code], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

// Interleaved rounds: each round times a bare start and both imports back to back, so a busy
// moment hits all three alike; the figure is the median of the per-round differences.
const importRounds = { bare: [], ours: [], manager: [] };
for (let round = 0; round < 15; round++) {
  const bareMs = runMs('0');
  importRounds.bare.push(bareMs);
  importRounds.ours.push(runMs("require('./dist/index.cjs')") - bareMs);
  importRounds.manager.push(runMs("require('@cloudbase/manager-node')") - bareMs);
}
const bare = median(importRounds.bare);
const importOurs = median(importRounds.ours);
const importManager = median(importRounds.manager);

console.log(
  `machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
);
console.log(
  `${CALLS} sequential describeUserList calls per client per round, ${ROUNDS} rounds, interleaved, medians\n`,
);
console.log('| client | CPU µs/call | wall µs/call | CPU vs floor |');
console.log('|---|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.cpuUs.toFixed(0)} | ${r.wallUs.toFixed(0)} | ${(r.cpuUs / floor.cpuUs).toFixed(2)}x |`,
  );
console.log(
  `\nimport time over \`node -e 0\` (${bare.toFixed(0)} ms), median of 15 interleaved rounds: this client ${importOurs.toFixed(1)} ms, manager-node ${importManager.toFixed(1)} ms (ratio ${(importOurs / importManager).toFixed(3)})`,
);
agent.destroy();
server.kill();
process.exit(0);
