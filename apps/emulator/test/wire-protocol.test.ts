import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/index.js';
import { callApi, codeOf } from './support/call-api.js';

const key = {
  secretId: 'AKIDemulatorwiretest000000000000000',
  secretKey: 'wire-test-secret-key-0000000000',
};
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    inMemory: true,
    envIds: ['env-a', 'env-b'],
    keys: [key],
    passwordIterations: 1,
  });
});
afterAll(async () => {
  await emulator.stop();
});

function call(action: string, params: unknown, options = {}) {
  return callApi(emulator.url, action, params, { key, ...options });
}

function rawPost(path: string, headers: Record<string, string>, body: Buffer | string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(`${emulator.url}${path}`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the wire protocol on loopback', () => {
  it('listens on 127.0.0.1 by default and reports the port it took', () => {
    expect(emulator.host).toBe('127.0.0.1');
    expect(emulator.port).toBeGreaterThan(0);
    expect(emulator.url).toBe(`http://127.0.0.1:${emulator.port}`);
  });

  it('creates, lists with filters, modifies and deletes users', async () => {
    const created = await call('CreateUser', {
      EnvId: 'env-a',
      Name: 'wire.ada',
      NickName: '阿达',
      Phone: '13800000001',
      Password: 'Abcdef12',
    });
    expect(codeOf(created)).toBeUndefined();
    const uid = (created.Response.Data as { Uid: string }).Uid;
    expect(uid).toMatch(/\S/);
    await call('CreateUser', { EnvId: 'env-a', Name: 'wire.grace' });

    const listed = await call('DescribeUserList', { EnvId: 'env-a', Name: 'ada' });
    expect(listed.Response.Data).toMatchObject({
      Total: 1,
      UserList: [{ Uid: uid, Name: 'wire.ada', NickName: '阿达', Phone: '13800000001' }],
    });
    const caseSensitive = await call('DescribeUserList', { EnvId: 'env-a', Name: 'ADA' });
    expect(caseSensitive.Response.Data).toMatchObject({ Total: 0, UserList: [] });

    const modified = await call('ModifyUser', { EnvId: 'env-a', Uid: uid, UserStatus: 'BLOCKED' });
    expect(codeOf(modified)).toBeUndefined();
    const after = await call('DescribeUserList', { EnvId: 'env-a', UidList: [uid] });
    expect(after.Response.Data).toMatchObject({ UserList: [{ UserStatus: 'BLOCKED' }] });

    const deleted = await call('DeleteUsers', { EnvId: 'env-a', Uids: [uid, 'no-such-uid'] });
    expect(deleted.Response.Data).toEqual({ SuccessCount: 1, FailedCount: 1 });
  });

  it('keeps environments apart and answers ResourceNotFound for an unknown one', async () => {
    await call('CreateUser', { EnvId: 'env-b', Name: 'only.in.b' });
    const inA = await call('DescribeUserList', { EnvId: 'env-a', Name: 'only.in.b' });
    expect(inA.Response.Data).toMatchObject({ Total: 0 });
    const inB = await call('DescribeUserList', { EnvId: 'env-b', Name: 'only.in.b' });
    expect(inB.Response.Data).toMatchObject({ Total: 1 });
    const unknown = await call('DescribeUserList', { EnvId: 'env-zzz' });
    expect(codeOf(unknown)).toBe('ResourceNotFound');
  });

  it('lets exactly one of 50 parallel creates of one name succeed', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => call('CreateUser', { EnvId: 'env-a', Name: 'race.name' })),
    );
    const codes = answers.map(codeOf);
    expect(codes.filter((code) => code === undefined)).toHaveLength(1);
    expect(codes.filter((code) => code === 'FailedOperation.DuplicatedData')).toHaveLength(49);
  });

  it('serves DescribeEnvInfo for a known environment', async () => {
    const info = await call('DescribeEnvInfo', { EnvId: 'env-b' });
    expect(info.Response).toMatchObject({ EnvInfo: { EnvBaseInfo: { EnvId: 'env-b' } } });
  });
});

describe('signature checking', () => {
  it('accepts any service name in the credential scope and the host with or without port', async () => {
    const byService = await call('DescribeUserList', { EnvId: 'env-a' }, { service: '127' });
    expect(codeOf(byService)).toBeUndefined();
    const withPort = await call(
      'DescribeUserList',
      { EnvId: 'env-a' },
      { signedHost: `127.0.0.1:${emulator.port}` },
    );
    expect(codeOf(withPort)).toBeUndefined();
  });

  it('refuses missing, wrong, foreign and stale signatures with their codes', async () => {
    const params = { EnvId: 'env-a' };
    expect(codeOf(await call('DescribeUserList', params, { unsigned: true }))).toBe(
      'AuthFailure.InvalidAuthorization',
    );
    const wrongKey = { secretId: key.secretId, secretKey: 'not-the-key' };
    expect(codeOf(await call('DescribeUserList', params, { key: wrongKey }))).toBe(
      'AuthFailure.SignatureFailure',
    );
    expect(codeOf(await call('DescribeUserList', params, { signedHost: 'example.com' }))).toBe(
      'AuthFailure.SignatureFailure',
    );
    const stranger = { secretId: 'AKIDstranger', secretKey: 'x' };
    expect(codeOf(await call('DescribeUserList', params, { key: stranger }))).toBe(
      'AuthFailure.SecretIdNotFound',
    );
    const stale = Math.floor(Date.now() / 1000) - 600;
    const expired = await call('DescribeUserList', params, { timestamp: stale });
    expect(codeOf(expired)).toBe('AuthFailure.SignatureExpire');
  });
});

describe('bad input', () => {
  it('answers a body that is not JSON with InvalidParameter', async () => {
    const answer = await call('CreateUser', null, { rawBody: '{"EnvId": "env-a", ' });
    expect(codeOf(answer)).toBe('InvalidParameter');
  });

  it('answers a wrong version, an unknown action and a bad value with their codes', async () => {
    expect(
      codeOf(await call('DescribeUserList', { EnvId: 'env-a' }, { version: '2017-01-01' })),
    ).toBe('NoSuchVersion');
    expect(codeOf(await call('DropAllTables', { EnvId: 'env-a' }))).toBe('InvalidAction');
    expect(codeOf(await call('CreateUser', { EnvId: 'env-a', Name: '-bad' }))).toBe(
      'InvalidParameterValue',
    );
    expect(codeOf(await call('CreateUser', { EnvId: 'env-a' }))).toBe('MissingParameter');
    expect(codeOf(await call('CreateUser', { EnvId: 'env-a', Name: 'x1', Extra: 1 }))).toBe(
      'UnknownParameter',
    );
  });

  it('refuses a body over 10 MB with RequestSizeLimitExceeded and keeps serving', async () => {
    const huge = Buffer.alloc(10 * 1024 * 1024 + 10, 0x20);
    const answer = await rawPost(
      '/',
      { 'content-type': 'application/json', 'x-tc-action': 'CreateUser' },
      huge,
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).Response.Error.Code).toBe('RequestSizeLimitExceeded');
    expect(codeOf(await call('DescribeUserList', { EnvId: 'env-a' }))).toBeUndefined();
  });

  it('answers odd methods, paths and bodies with a JSON envelope, never crashing', async () => {
    const odd = await rawPost('/some/where?x=1', { 'content-type': 'text/plain' }, '\u0000\u0001');
    expect(odd.status).toBe(200);
    expect(JSON.parse(odd.text).Response.Error.Code).toMatch(/^[A-Za-z.]+$/);
    const get = await fetch(`${emulator.url}/`);
    const parsed = (await get.json()) as { Response: { Error: { Code: string } } };
    expect(parsed.Response.Error.Code).toMatch(/^[A-Za-z.]+$/);
    expect(codeOf(await call('DescribeUserList', { EnvId: 'env-a' }))).toBeUndefined();
  });
});
