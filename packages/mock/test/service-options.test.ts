import { describe, expect, it } from 'vitest';
import {
  createTcbUserService,
  isTcbServiceError,
  type TcbUserServiceOptions,
} from '../src/index.js';
import { codeOf, readEnvelope, wireRequest } from './support/wire.js';

function start(options: TcbUserServiceOptions = {}) {
  const service = createTcbUserService({ passwordIterations: 1, ...options });
  const call = async (action: string, params: Record<string, unknown>) =>
    readEnvelope(await service.handle(wireRequest({ action, body: JSON.stringify(params) })));
  return { service, call };
}

describe('seed users', () => {
  it('throws at construction for a seed that breaks a rule, naming it but not its password', () => {
    let thrown: unknown;
    try {
      createTcbUserService({
        seed: [{ name: 'fine' }, { name: 'bad', phone: '12', password: 'Abcdef12' }],
      });
    } catch (error) {
      thrown = error;
    }
    expect(isTcbServiceError(thrown)).toBe(true);
    const error = thrown as Error & { code: string };
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.message).toContain('Seed user 1 (bad)');
    expect(error.message).toContain('phone');
    expect(error.message).not.toContain('Abcdef12');
  });

  it('throws at construction for two seeds with the same name in one environment', () => {
    expect(() => createTcbUserService({ seed: [{ name: 'twin' }, { name: 'twin' }] })).toThrow(
      /Seed user 1 \(twin\): Name repeats/,
    );
  });

  it('throws at construction for a seed in an environment outside envIds', () => {
    expect(() =>
      createTcbUserService({ envIds: ['env-a'], seed: [{ name: 'x', envId: 'env-b' }] }),
    ).toThrow(/env-b/);
  });

  it('answers InternalError when the storage refuses the seed users', async () => {
    const first = start({ seed: [{ name: 'ada', uid: 'u1' }] });
    await first.service.directory.ready;
    const second = start({ storage: first.service.directory.storage, seed: [{ name: 'ada' }] });
    await expect(second.service.directory.ready).rejects.toThrow();
    const envelope = await second.call('DescribeUserList', { EnvId: 'mock-env' });
    expect(codeOf(envelope)).toBe('InternalError');
    expect(envelope.Response.Error?.Message).toContain('seed');
  });
});

describe('simulated rate limit', () => {
  it('answers RequestLimitExceeded past the limit of one action within a second', async () => {
    let now = 1_000_000;
    const { call } = start({ rateLimit: { perSecond: 2, now: () => now } });
    const codes: string[] = [];
    for (let i = 0; i < 3; i += 1)
      codes.push(codeOf(await call('DescribeUserList', { EnvId: 'e' })));
    expect(codes).toEqual(['ok', 'ok', 'RequestLimitExceeded']);
    expect(codeOf(await call('CreateUser', { EnvId: 'e', Name: 'other-action' }))).toBe('ok');
    now += 1000;
    expect(codeOf(await call('DescribeUserList', { EnvId: 'e' }))).toBe('ok');
  });

  it('uses the documented 20 requests per second when no limit is given', async () => {
    const { call } = start({ rateLimit: { now: () => 5 } });
    const codes: string[] = [];
    for (let i = 0; i < 21; i += 1)
      codes.push(codeOf(await call('DescribeUserList', { EnvId: 'e' })));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(20);
    expect(codes[20]).toBe('RequestLimitExceeded');
  });
});

describe('fault injection', () => {
  it('fails the next N calls of an action with the given code, then serves again', async () => {
    const { service, call } = start();
    service.faults.failNext('CreateUser', 'InternalError', { count: 2, message: 'planned' });
    const first = await call('CreateUser', { EnvId: 'e', Name: 'ada' });
    expect(first.Response.Error).toEqual({ Code: 'InternalError', Message: 'planned' });
    expect(codeOf(await call('DescribeUserList', { EnvId: 'e' }))).toBe('ok');
    expect(codeOf(await call('CreateUser', { EnvId: 'e', Name: 'ada' }))).toBe('InternalError');
    expect(codeOf(await call('CreateUser', { EnvId: 'e', Name: 'ada' }))).toBe('ok');
  });

  it('takes planned failures from the options too', async () => {
    const { call } = start({
      faults: { failNext: [{ action: 'DescribeUserList', code: 'RequestLimitExceeded' }] },
    });
    expect(codeOf(await call('DescribeUserList', { EnvId: 'e' }))).toBe('RequestLimitExceeded');
    expect(codeOf(await call('DescribeUserList', { EnvId: 'e' }))).toBe('ok');
  });

  it('keeps users whose deletion is set to fail and counts them as failed', async () => {
    const { service, call } = start({
      defaultEnvId: 'e',
      seed: [
        { name: 'a', uid: 'a' },
        { name: 'b', uid: 'b' },
        { name: 'c', uid: 'c' },
      ],
    });
    service.faults.failDeletesOf(['b']);
    const envelope = await call('DeleteUsers', { EnvId: 'e', Uids: ['a', 'b', 'c'] });
    expect(envelope.Response.Data).toEqual({ SuccessCount: 2, FailedCount: 1 });
    expect((await service.directory.users()).map((u) => u.Uid)).toEqual(['b']);
    service.faults.clear();
    const retry = await call('DeleteUsers', { EnvId: 'e', Uids: ['b'] });
    expect(retry.Response.Data).toEqual({ SuccessCount: 1, FailedCount: 0 });
  });
});

describe('simulated latency and extra actions', () => {
  it('waits at least the given latency before answering', async () => {
    const { call } = start({ latencyMs: 60 });
    const started = performance.now();
    await call('DescribeUserList', { EnvId: 'e' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('serves an extra action with its result spread under Response', async () => {
    const { call } = start({
      envIds: ['env-a'],
      extraActions: { DescribeEnvInfo: (params) => ({ EnvList: [{ EnvId: params.EnvId }] }) },
    });
    const envelope = await call('DescribeEnvInfo', { EnvId: 'env-a' });
    expect(envelope.Response).toMatchObject({ EnvList: [{ EnvId: 'env-a' }] });
    expect(codeOf(await call('DescribeEnvInfo', { EnvId: 'env-b' }))).toBe('ResourceNotFound');
  });

  it('drops the old profile keys that have no field, warning through the logger', async () => {
    const lines: string[] = [];
    const { service, call } = start({
      defaultEnvId: 'e',
      seed: [{ name: 'ada', uid: 'u1' }],
      logger: { warn: (line) => lines.push(line) },
    });
    const data = [
      { Key: 'gender', Value: 'F' },
      { Key: 'nickName', Value: 'Ada' },
    ];
    expect(codeOf(await call('ModifyEndUserInfo', { EnvId: 'e', UUId: 'u1', Data: data }))).toBe(
      'ok',
    );
    expect((await service.directory.get('u1'))?.NickName).toBe('Ada');
    expect(lines).toEqual([expect.stringMatching(/^\[tcb-user-mock\].*gender/)]);
    const unknown = [{ Key: 'shoeSize', Value: '9' }];
    expect(codeOf(await call('ModifyEndUserInfo', { EnvId: 'e', UUId: 'u1', Data: unknown }))).toBe(
      'InvalidParameterValue',
    );
  });
});
