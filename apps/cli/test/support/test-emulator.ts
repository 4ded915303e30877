import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { User } from '@org/tcb-user-contract';
import { type RunningEmulator, startEmulator } from '@org/tcb-user-emulator';

/** An emulator on a free loopback port with a fresh data folder, and the CLI's environment. */
export interface TestEmulator {
  emulator: RunningEmulator;
  envId: string;
  /** Variables that point the CLI at this emulator (credentials, endpoint, environment). */
  env: Record<string, string>;
  /** Every user stored right now, read from the directory without going through the API. */
  users(): Promise<User[]>;
  stop(): Promise<void>;
}

/**
 * Starts an emulator for one test file. Password hashing is cheapened (the emulator's option)
 * so imports of hundreds of rows stay fast on two cores.
 */
export async function startTestEmulator(): Promise<TestEmulator> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tcb-cli-test-'));
  const envId = 'cli-test-env';
  const emulator = await startEmulator({ dataDir, envIds: [envId], passwordIterations: 1000 });
  const key = emulator.keys[0];
  if (!key) throw new Error('the emulator started without a key pair');
  return {
    emulator,
    envId,
    env: {
      TENCENTCLOUD_SECRETID: key.secretId,
      TENCENTCLOUD_SECRETKEY: key.secretKey,
      TCB_BASE_URL: emulator.url,
      TCB_ENV_ID: envId,
    },
    users: () => emulator.service.directory.users(envId),
    stop: async () => {
      await emulator.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
