import { ApiError, type TcbUserClient, TransportError, type User } from '@org/tcb-user-client';
import { describe, expect, it, vi } from 'vitest';
import { CREATE_ATTEMPTS, createRow } from './create-row.js';
import type { ValidRow } from './validate-rows.js';

const pacer = { wait: async () => {} };
const row: ValidRow = { line: 5, options: { name: 'ann', password: 'Secret-pw1' } };

function user(name: string, uid: string): User {
  const blank = { Type: 'internalUser', UserStatus: 'ACTIVE', NickName: '', Phone: '', Email: '' };
  return { Uid: uid, Name: name, ...blank, AvatarUrl: '', Description: '' };
}

function fakeClient(create: () => Promise<unknown>, stored: User[] = []) {
  const client = {
    createUser: vi.fn(create),
    iterateUsers: vi.fn(async function* (filter?: { name?: string }) {
      yield* stored.filter((u) => u.Name.includes(filter?.name ?? ''));
    }),
  };
  return client as typeof client & Pick<TcbUserClient, 'createUser' | 'iterateUsers'>;
}

const duplicate = () =>
  new ApiError({
    code: 'FailedOperation.DuplicatedData',
    message: 'taken',
    requestId: 'r1',
    action: 'CreateUser',
  });
const timeout = () =>
  new TransportError({ reason: 'timeout', action: 'CreateUser', message: 'timed out' });

describe('createRow', () => {
  it('reports the uid the service gave a created row', async () => {
    const client = fakeClient(async () => ({ RequestId: 'r', Data: { Uid: 'u-1' } }));
    await expect(createRow(client, pacer, row)).resolves.toMatchObject({
      status: 'created',
      uid: 'u-1',
      line: 5,
    });
  });

  it('counts a duplicate as skipped when a user with exactly that name exists', async () => {
    const client = fakeClient(
      async () => Promise.reject(duplicate()),
      [user('anna', 'u-0'), user('ann', 'u-9')],
    );
    await expect(createRow(client, pacer, row)).resolves.toMatchObject({
      status: 'skipped',
      uid: 'u-9',
    });
  });

  it('counts a duplicate as failed when only a longer name matches the filter', async () => {
    const client = fakeClient(async () => Promise.reject(duplicate()), [user('anna', 'u-0')]);
    const outcome = await createRow(client, pacer, row);
    expect(outcome).toMatchObject({ status: 'failed', code: 'FailedOperation.DuplicatedData' });
  });

  it('settles a lost answer by name instead of creating the user twice', async () => {
    const client = fakeClient(async () => Promise.reject(timeout()), [user('ann', 'u-7')]);
    await expect(createRow(client, pacer, row)).resolves.toMatchObject({
      status: 'created',
      uid: 'u-7',
    });
    expect(client.createUser).toHaveBeenCalledTimes(1);
  });

  it('tries again after a lost answer when the name is still free, a bounded number of times', async () => {
    const client = fakeClient(async () => Promise.reject(timeout()));
    const outcome = await createRow(client, pacer, row);
    expect(outcome).toMatchObject({ status: 'failed', code: 'Transport.Timeout' });
    expect(client.createUser).toHaveBeenCalledTimes(CREATE_ATTEMPTS);
  });

  it('keeps the row password out of a failure message even if the service echoes it', async () => {
    const echo = new ApiError({
      code: 'InvalidParameterValue',
      message: 'bad value Secret-pw1',
      requestId: 'r2',
      action: 'CreateUser',
    });
    const outcome = await createRow(
      fakeClient(async () => Promise.reject(echo)),
      pacer,
      row,
    );
    expect(outcome.status).toBe('failed');
    expect(JSON.stringify(outcome)).not.toContain('Secret-pw1');
  });
});
