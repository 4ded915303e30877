import { tcbUserRouter } from '@org/tcb-user-contract/router';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTcbUserHandlers } from '../src/index.js';
import { codeOf, send } from './support/wire.js';

const mock = createTcbUserHandlers({
  envIds: ['env-a'],
  passwordIterations: 1,
  seed: [{ name: 'taken', uid: 'u-taken', phone: '13800000001' }],
  extraActions: {
    Explode: () => {
      throw new Error('boom at /secret/path with key AKIDsecret');
    },
  },
});
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.directory.reset());
afterAll(() => server.close());

const create = (body: unknown) => send({ action: 'CreateUser', body: JSON.stringify(body) });

describe('bad input gets the right envelope, never an exception', () => {
  it('answers a well-formed CreateUser in the envelope the contract describes', async () => {
    const envelope = await create({ EnvId: 'env-a', Name: 'ada' });
    expect(codeOf(envelope)).toBe('ok');
    expect(tcbUserRouter.CreateUser.responses[200].safeParse(envelope).success).toBe(true);
  });

  it('answers InvalidParameter for malformed JSON', async () => {
    expect(codeOf(await send({ action: 'CreateUser', body: '{"EnvId": "env-a",' }))).toBe(
      'InvalidParameter',
    );
  });

  it('answers InvalidParameter for a body that is JSON but not an object', async () => {
    expect(codeOf(await send({ action: 'CreateUser', body: '["env-a"]' }))).toBe(
      'InvalidParameter',
    );
  });

  it('answers InvalidParameter for a body that is not UTF-8', async () => {
    const body = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    expect(codeOf(await send({ action: 'CreateUser', body }))).toBe('InvalidParameter');
  });

  it('answers InvalidParameter for a wrong or missing content type', async () => {
    const body = JSON.stringify({ EnvId: 'env-a', Name: 'ada' });
    expect(codeOf(await send({ action: 'CreateUser', body, contentType: 'text/plain' }))).toBe(
      'InvalidParameter',
    );
    expect(codeOf(await send({ action: 'CreateUser', body, contentType: undefined }))).toBe(
      'InvalidParameter',
    );
    expect(await mock.directory.users('env-a')).toHaveLength(1);
  });

  it('accepts a JSON content type with a charset parameter', async () => {
    const body = JSON.stringify({ EnvId: 'env-a', Name: 'ada' });
    const envelope = await send({
      action: 'CreateUser',
      body,
      contentType: 'application/json; charset=utf-8',
    });
    expect(codeOf(envelope)).toBe('ok');
  });

  it('answers InvalidAction for an unknown action and MissingParameter for a missing one', async () => {
    const unknown = await send({ action: 'DescribeUsers', body: '{"EnvId":"env-a"}' });
    expect(codeOf(unknown)).toBe('InvalidAction');
    expect(unknown.Response.Error?.Message).toContain('DescribeUsers');
    expect(codeOf(await send({ body: '{"EnvId":"env-a"}' }))).toBe('MissingParameter');
  });

  it('answers NoSuchVersion for a wrong version and MissingParameter for a missing one', async () => {
    const body = '{"EnvId":"env-a"}';
    const wrong = await send({ action: 'DescribeUserList', version: '2017-03-12', body });
    expect(codeOf(wrong)).toBe('NoSuchVersion');
    const missing = await send({ action: 'DescribeUserList', version: undefined, body });
    expect(codeOf(missing)).toBe('MissingParameter');
  });

  it('answers MissingParameter naming a missing required parameter', async () => {
    const envelope = await create({ EnvId: 'env-a' });
    expect(codeOf(envelope)).toBe('MissingParameter');
    expect(envelope.Response.Error?.Message).toContain('Name');
  });

  it('answers UnknownParameter naming a parameter the action does not define', async () => {
    const envelope = await create({ EnvId: 'env-a', Name: 'ada', Gender: 'f' });
    expect(codeOf(envelope)).toBe('UnknownParameter');
    expect(envelope.Response.Error?.Message).toContain('Gender');
  });

  it('answers InvalidParameter for a parameter of the wrong type', async () => {
    const envelope = await send({
      action: 'DescribeUserList',
      body: JSON.stringify({ EnvId: 'env-a', PageNo: '2' }),
    });
    expect(codeOf(envelope)).toBe('InvalidParameter');
    expect(envelope.Response.Error?.Message).toContain('PageNo');
  });

  it('answers InvalidParameterValue for a value that breaks a rule, without echoing a password', async () => {
    const phone = await create({ EnvId: 'env-a', Name: 'ada', Phone: '123' });
    expect(codeOf(phone)).toBe('InvalidParameterValue');
    expect(phone.Response.Error?.Message).toContain('Phone');
    const password = await create({ EnvId: 'env-a', Name: 'ada', Password: 'weakpass' });
    expect(codeOf(password)).toBe('InvalidParameterValue');
    expect(password.Response.Error?.Message).not.toContain('weakpass');
    const page = await send({
      action: 'DescribeUserList',
      body: JSON.stringify({ EnvId: 'env-a', PageSize: 101 }),
    });
    expect(codeOf(page)).toBe('InvalidParameterValue');
  });

  it('answers ResourceNotFound for an environment outside envIds', async () => {
    expect(codeOf(await create({ EnvId: 'env-b', Name: 'ada' }))).toBe('ResourceNotFound');
  });

  it('answers FailedOperation.DuplicatedData and ResourceNotFound.UserNotExist', async () => {
    expect(codeOf(await create({ EnvId: 'env-a', Name: 'taken' }))).toBe(
      'FailedOperation.DuplicatedData',
    );
    const modify = await send({
      action: 'ModifyUser',
      body: JSON.stringify({ EnvId: 'env-a', Uid: 'ghost', NickName: 'Gh' }),
    });
    expect(codeOf(modify)).toBe('ResourceNotFound.UserNotExist');
  });

  it('answers RequestSizeLimitExceeded for a body over 10 MB', async () => {
    const body = JSON.stringify({
      EnvId: 'env-a',
      Name: 'ada',
      Description: 'x'.repeat(10_485_760),
    });
    expect(codeOf(await send({ action: 'CreateUser', body }))).toBe('RequestSizeLimitExceeded');
  });

  it('answers InternalError without the thrown message for an unexpected failure', async () => {
    const envelope = await send({ action: 'Explode', body: '{}' });
    expect(codeOf(envelope)).toBe('InternalError');
    const text = JSON.stringify(envelope);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('boom');
    expect(text).not.toMatch(/at .*\.(ts|js)/);
  });
});
