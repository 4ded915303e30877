import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  answerError,
  answerRateLimited,
  answerSuccess,
  answerUserList,
  createTcbUserHandlers,
} from '../src/index.js';
import { codeOf, send } from './support/wire.js';

const mock = createTcbUserHandlers({ passwordIterations: 1, seed: [{ name: 'real', uid: 'r1' }] });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  server.resetHandlers();
  await mock.directory.reset();
});
afterAll(() => server.close());

const list = (extra: Record<string, unknown> = {}) =>
  send({ action: 'DescribeUserList', body: JSON.stringify({ EnvId: 'mock-env', ...extra }) });
const create = (Name: string) =>
  send({ action: 'CreateUser', body: JSON.stringify({ EnvId: 'mock-env', Name }) });

describe('outcome overrides', () => {
  it('lists exactly the given users, completed and paged, with their total', async () => {
    server.use(answerUserList([{ Name: 'x' }, { Name: 'y', Uid: 'y1' }, {}]));
    const first = await list({ PageSize: 2 });
    expect(first.Response.Data).toEqual({
      Total: 3,
      UserList: [
        expect.objectContaining({ Uid: 'uid-1', Name: 'x', Type: 'internalUser' }),
        expect.objectContaining({ Uid: 'y1', Name: 'y', UserStatus: 'ACTIVE' }),
      ],
    });
    const second = await list({ PageSize: 2, PageNo: 2 });
    expect(second.Response.Data).toMatchObject({ Total: 3, UserList: [{ Name: 'user-3' }] });
  });

  it('answers a given error once, then falls back to the stateful handlers', async () => {
    server.use(answerError('CreateUser', 'InternalError', { once: true }));
    expect(codeOf(await create('ada'))).toBe('InternalError');
    expect(codeOf(await create('ada'))).toBe('ok');
    expect((await mock.directory.users()).map((u) => u.Name)).toEqual(['real', 'ada']);
  });

  it('does not spend a once override on a request for another action', async () => {
    server.use(answerError('CreateUser', 'InternalError', { once: true }));
    expect(codeOf(await list())).toBe('ok');
    expect(codeOf(await create('ada'))).toBe('InternalError');
  });

  it('keeps answering an override without once', async () => {
    server.use(answerError(['ModifyUser', 'DeleteUsers'], 'ResourceNotFound', { message: 'gone' }));
    for (let i = 0; i < 3; i += 1) {
      const envelope = await send({
        action: 'DeleteUsers',
        body: JSON.stringify({ EnvId: 'mock-env', Uids: ['r1'] }),
      });
      expect(envelope.Response.Error).toEqual({ Code: 'ResourceNotFound', Message: 'gone' });
    }
    expect(await mock.directory.users()).toHaveLength(1);
  });

  it('rate-limits every action when none is named', async () => {
    server.use(answerRateLimited());
    expect(codeOf(await list())).toBe('RequestLimitExceeded');
    expect(codeOf(await create('ada'))).toBe('RequestLimitExceeded');
  });

  it('answers a typed success under Data for new actions and flat for deprecated ones', async () => {
    server.use(
      answerSuccess('DeleteUsers', { SuccessCount: 7, FailedCount: 0 }),
      answerSuccess('DescribeEndUsers', { Total: 0, Users: [] }),
    );
    const deleted = await send({
      action: 'DeleteUsers',
      body: JSON.stringify({ EnvId: 'mock-env', Uids: ['r1'] }),
    });
    expect(deleted.Response.Data).toEqual({ SuccessCount: 7, FailedCount: 0 });
    const old = await send({ action: 'DescribeEndUsers', body: '{"EnvId":"mock-env"}' });
    expect(old.Response).toMatchObject({ Total: 0, Users: [] });
    expect(old.Response.Data).toBeUndefined();
  });
});
