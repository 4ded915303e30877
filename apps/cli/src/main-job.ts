/**
 * The suite's main job (`npm start`): starts the emulator on a free loopback port with a fresh
 * data folder, drives `tcb-users` through import, list and search, block and unblock, export and
 * a bulk delete, runs the documented sample code of the new and the deprecated calls, prints a
 * summary with counts and timings, and stops the emulator. Exits 0, or 1 naming the failed step.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningEmulator, startEmulator } from '@org/tcb-user-emulator';
import {
  blockAndUnblock,
  type CliStepContext,
  deleteBatch,
  exportAll,
  importUsers,
  listAndSearch,
  refuseBadInput,
} from './main-job/cli-steps.js';
import { runLegacySamples } from './main-job/legacy-samples.js';
import { runNewCallSamples } from './main-job/new-call-samples.js';
import type { SampleTarget } from './main-job/sample-target.js';
import { createStepLog } from './main-job/step-log.js';

const userFile = fileURLToPath(new URL('../../../fixtures/users-1k.csv', import.meta.url));
const fileRows = 1000;
const deleteCount = 150;
const envId = 'main-job-env';
// The emulator is local, so the job may go faster than the live service's 20 requests/s; a
// lighter password hash keeps the import about the network, not PBKDF2 on two cores.
const rate = 200;
const passwordIterations = 10_000;

const log = createStepLog((line) => process.stdout.write(`${line}\n`));
let emulator: RunningEmulator | undefined;
let currentStep = 'start';

async function main(): Promise<void> {
  const started = performance.now();
  const workDir = await mkdtemp(join(tmpdir(), 'tcb-main-job-'));
  try {
    emulator = await startEmulator({
      port: 0,
      dataDir: join(workDir, 'data'),
      envIds: [envId],
      passwordIterations,
    });
    process.stdout.write(
      `Emulator on ${emulator.url}, data in ${workDir}/data (fresh), environment ${envId}\n`,
    );
    await runSteps(emulator, workDir);
    process.stdout.write(`\n${log.format(Math.round(performance.now() - started))}\n`);
  } finally {
    await emulator?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

async function runSteps(running: RunningEmulator, workDir: string): Promise<void> {
  const key = running.keys[0];
  if (!key) throw new Error('the emulator started without a key pair');
  const env = {
    TENCENTCLOUD_SECRETID: key.secretId,
    TENCENTCLOUD_SECRETKEY: key.secretKey,
    TCB_BASE_URL: running.url,
    TCB_ENV_ID: envId,
  };
  const ctx: CliStepContext = { env, workDir, rate };
  const step = <T extends { summary: string }>(name: string, work: () => Promise<T>) => {
    currentStep = name;
    return log.run(name, work);
  };

  const badFile = join(workDir, 'bad.csv');
  await writeFile(
    badFile,
    'name,phone,password\n.starts-with-dot,13800000000,\nok.name,12345,short\n',
  );
  await step('bad input', () => refuseBadInput(ctx, badFile));
  await step('import', () => importUsers(ctx, userFile, fileRows));
  const found = await step('list, search', () => listAndSearch(ctx, fileRows));
  const few = found.byName.slice(0, 3).map((u) => u.uid);
  await step('block, unblock', () => blockAndUnblock(ctx, few));
  const exported = await step('export', () => exportAll(ctx, fileRows));
  const batch = exported.rows.slice(0, deleteCount).map((u) => u.uid);
  await step('delete', () => deleteBatch(ctx, batch, fileRows - deleteCount));

  const target: SampleTarget = {
    secretId: key.secretId,
    secretKey: key.secretKey,
    envId,
    endpoint: running.url,
    print: (line) => process.stdout.write(`    ${line}\n`),
  };
  // The documented samples read the endpoint from TCB_BASE_URL: point it at the emulator only.
  process.env.TCB_BASE_URL = running.url;
  await step('new-call samples', () => runNewCallSamples(target));
  await step('deprecated samples', () => runLegacySamples(target));
}

try {
  await main();
  process.exit(0);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Main job failed during "${currentStep}": ${message}\n`);
  process.exit(1);
}
