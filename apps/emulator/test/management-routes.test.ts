import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/index.js';
import { callApi } from './support/call-api.js';

const key = {
  secretId: 'AKIDmanagementtest0000000000000000',
  secretKey: 'management-test-secret-00000000',
};
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    inMemory: true,
    envIds: ['m-one', 'm-two'],
    keys: [key],
    passwordIterations: 1,
  });
});
afterAll(async () => {
  await emulator.stop();
});

const route = (path: string, init?: RequestInit) =>
  fetch(`${emulator.url}/__emulator/${path}`, init);

describe('management routes', () => {
  it('reports health with users per environment', async () => {
    await callApi(emulator.url, 'CreateUser', { EnvId: 'm-one', Name: 'health.one' }, { key });
    const health = await route('health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', users: { 'm-one': 1 } });
  });

  it('shows the settings with key ids but never a secret key', async () => {
    const text = await (await route('settings')).text();
    expect(JSON.parse(text)).toMatchObject({
      envIds: ['m-one', 'm-two'],
      signature: true,
      secretIds: [key.secretId],
      storage: 'memory',
    });
    expect(text).not.toContain(key.secretKey);
  });

  it('exports users as JSON lines and imports them back, password hashes included', async () => {
    await callApi(
      emulator.url,
      'CreateUser',
      { EnvId: 'm-two', Name: 'export.ada', Password: 'Abcdef12', Phone: '13600000001' },
      { key },
    );
    await callApi(emulator.url, 'CreateUser', { EnvId: 'm-two', Name: 'export.bob' }, { key });
    const exported = await (await route('envs/m-two/users')).text();
    const lines = exported.trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).name)).toEqual(['export.ada', 'export.bob']);
    const ada = JSON.parse(lines[0] ?? '{}');
    expect(ada.passwordHash).toMatch(/^pbkdf2-sha256\$/);

    const reset = await route('envs/m-two/reset', { method: 'POST' });
    expect(await reset.json()).toEqual({ envId: 'm-two', removed: 2 });
    const imported = await route('envs/m-two/users', { method: 'POST', body: exported });
    expect(await imported.json()).toMatchObject({ imported: 2, failed: [] });
    expect(await emulator.service.directory.checkPassword(ada.uid, 'Abcdef12', 'm-two')).toBe(true);
  });

  it('imports create options line by line and names each refused line', async () => {
    const body = [
      JSON.stringify({ name: 'import.new', password: 'Qwerty12', nickName: 'New' }),
      'not json',
      JSON.stringify({ name: '-bad-name' }),
      JSON.stringify({ name: 'import.new' }),
    ].join('\n');
    const answer = await route('envs/m-one/users', { method: 'POST', body });
    expect(answer.status).toBe(207);
    const report = (await answer.json()) as {
      imported: number;
      failed: { line: number; code: string }[];
    };
    expect(report.imported).toBe(1);
    expect(report.failed.map((f) => [f.line, f.code])).toEqual([
      [2, 'InvalidParameter'],
      [3, 'InvalidParameterValue'],
      [4, 'FailedOperation.DuplicatedData'],
    ]);
  });

  it('answers 404 for an unknown environment or route', async () => {
    expect((await route('envs/nope/reset', { method: 'POST' })).status).toBe(404);
    expect((await route('whatever')).status).toBe(404);
  });
});
