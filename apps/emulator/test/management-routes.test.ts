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
const post = (path: string, body = '') =>
  route(path, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
const names = async (envId: string) =>
  (await emulator.service.directory.users(envId)).map((user) => user.Name);

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

    const reset = await post('envs/m-two/reset');
    expect(await reset.json()).toEqual({ envId: 'm-two', removed: 2 });
    const imported = await post('envs/m-two/users', exported);
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
    const answer = await post('envs/m-one/users', body);
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
    expect((await post('envs/nope/reset')).status).toBe(404);
    expect((await route('whatever')).status).toBe(404);
  });

  it('names the real line of a refused line in its message, not a seed index', async () => {
    const body = ['', JSON.stringify({ name: 'line.ok' }), JSON.stringify({ name: '-bad' })];
    const answer = await post('envs/m-one/users', body.join('\n'));
    const report = (await answer.json()) as { failed: { line: number; message: string }[] };
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.line).toBe(3);
    expect(report.failed[0]?.message).toMatch(/^line 3: /);
    expect(report.failed[0]?.message).not.toMatch(/Seed user/);
  });

  it('lists every configured environment in health, with 0 after a reset', async () => {
    await post('envs/m-one/reset');
    await post('envs/m-two/reset');
    const health = (await (await route('health')).json()) as { users: Record<string, number> };
    expect(health.users).toEqual({ 'm-one': 0, 'm-two': 0 });
  });

  it('answers 400 in plain JSON for a bad percent-encoding in a management path', async () => {
    const answer = await route('envs/%/users');
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as Record<string, unknown>;
    expect(body.error).toMatch(/percent-encoding/);
    expect(body).not.toHaveProperty('Response');
  });

  it('refuses a replace with a bad line as a whole and keeps every user', async () => {
    await post('envs/m-two/reset');
    await post('envs/m-two/users', JSON.stringify({ name: 'keep.me' }));
    const body = [JSON.stringify({ name: 'new.one' }), '{not json'].join('\n');
    const answer = await post('envs/m-two/users?replace=true', body);
    expect(answer.status).toBe(400);
    const report = (await answer.json()) as { imported: number; failed: { line: number }[] };
    expect(report.imported).toBe(0);
    expect(report.failed.map((failure) => failure.line)).toEqual([2]);
    expect(await names('m-two')).toEqual(['keep.me']);
  });

  it('refuses a replace whose lines repeat a name and keeps every user', async () => {
    await post('envs/m-two/reset');
    await post('envs/m-two/users', JSON.stringify({ name: 'keep.me' }));
    const line = JSON.stringify({ name: 'twice' });
    const answer = await post('envs/m-two/users?replace=true', `${line}\n${line}`);
    expect(answer.status).toBe(400);
    expect(await names('m-two')).toEqual(['keep.me']);
  });

  it('replaces every user when all lines are good, hashes and passwords included', async () => {
    await post('envs/m-two/reset');
    await post('envs/m-two/users', JSON.stringify({ name: 'old.one' }));
    const exported = {
      uid: 'replace-uid-1',
      name: 'kept.hash',
      passwordHash: '',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    };
    const body = [
      JSON.stringify(exported),
      JSON.stringify({ name: 'new.pw', password: 'Qwerty12' }),
    ];
    const answer = await post('envs/m-two/users?replace=true', body.join('\n'));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ envId: 'm-two', imported: 2, failed: [] });
    expect(await names('m-two')).toEqual(['kept.hash', 'new.pw']);
    const [, created] = await emulator.service.directory.users('m-two');
    expect(await emulator.service.directory.checkPassword(created!.Uid, 'Qwerty12', 'm-two')).toBe(
      true,
    );
  });
});
