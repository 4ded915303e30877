import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.js';
import { callApi } from './support/call-api.js';

const dataDir = mkdtempSync(join(tmpdir(), 'tcb-emulator-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const key = {
  secretId: 'AKIDpersistencetest000000000000000',
  secretKey: 'persistence-test-secret-0000000',
};

describe('persistence', () => {
  it('keeps users in the data folder across a restart', async () => {
    const first = await startEmulator({ dataDir, keys: [key], passwordIterations: 1 });
    expect(first.dataFile).toBe(join(dataDir, 'users.sqlite'));
    await callApi(first.url, 'CreateUser', { EnvId: 'local-env', Name: 'survivor' }, { key });
    await first.stop();

    const second = await startEmulator({ dataDir, keys: [key], passwordIterations: 1 });
    const listed = await callApi(second.url, 'DescribeUserList', { EnvId: 'local-env' }, { key });
    expect(listed.Response.Data).toMatchObject({ Total: 1, UserList: [{ Name: 'survivor' }] });
    await second.stop();
  });

  it('stops cleanly while a keep-alive connection is open', async () => {
    const emulator = await startEmulator({ inMemory: true, keys: [key] });
    await callApi(emulator.url, 'DescribeUserList', { EnvId: 'local-env' }, { key });
    const started = Date.now();
    await emulator.stop();
    expect(Date.now() - started).toBeLessThan(2_500);
    await expect(fetch(`${emulator.url}/__emulator/health`)).rejects.toThrow();
  });

  it('generates a development key pair when none is given and accepts only it', async () => {
    const emulator = await startEmulator({ inMemory: true });
    expect(emulator.generatedKey).toBe(true);
    const generated = emulator.keys[0]!;
    expect(generated?.secretId).toMatch(/^AKID[A-Za-z0-9]{32}$/);
    const ok = await callApi(
      emulator.url,
      'DescribeUserList',
      { EnvId: 'local-env' },
      { key: generated },
    );
    expect(ok.Response.Error).toBeUndefined();
    const other = await callApi(emulator.url, 'DescribeUserList', { EnvId: 'local-env' }, { key });
    expect(other.Response.Error?.Code).toBe('AuthFailure.SecretIdNotFound');
    await emulator.stop();
  });
});
