import { PASSWORD_RULE_TEXT } from '@org/tcb-user-contract';
import { describe, expect, it } from 'vitest';
import { isApiError, isValidationError } from '../src/index.js';
import { createTestApp, useMockService } from './support/mock-service.js';

const mock = useMockService([{ name: 'ada', password: 'Lovelace1815' }]);

async function adaUid(): Promise<string> {
  const [ada] = await mock.directory.users();
  return ada?.Uid ?? '';
}

describe('createEndUser', () => {
  it('creates the user and answers it in the old shape', async () => {
    const { app, sent } = createTestApp();
    const { RequestId, User } = await app.user.createEndUser({
      username: 'grace',
      password: 'Cobol1959rules',
    });
    expect(RequestId).toMatch(/\S/);
    expect(User).toMatchObject({ UserName: 'grace', IsDisabled: false, HasPassword: true });
    expect((await mock.directory.get(User.UUId))?.Name).toBe('grace');
    expect(sent.map((c) => c.action)).toEqual(['CreateUser']);
  });

  it('explains the new rule when the password met the old rule but not the new one', async () => {
    const { app, sent } = createTestApp();
    const error = await app.user
      .createEndUser({ username: 'linus', password: '123hello' })
      .catch((e) => e);
    expect(isValidationError(error)).toBe(true);
    expect(error.issues[0].field).toBe('password');
    expect(error.message).toContain('met the old rule');
    expect(error.message).toContain(PASSWORD_RULE_TEXT);
    expect(error.message).not.toContain('123hello');
    expect(sent).toHaveLength(0);
  });

  it('states the rule without the old-rule note when the password broke the old rule too', async () => {
    const { app } = createTestApp();
    const error = await app.user
      .createEndUser({ username: 'linus', password: '123' })
      .catch((e) => e);
    expect(error.message).toContain(PASSWORD_RULE_TEXT);
    expect(error.message).not.toContain('met the old rule');
  });

  it('names the username field when the new name rule refuses it', async () => {
    const { app } = createTestApp();
    const error = await app.user
      .createEndUser({ username: 'ada lovelace', password: 'Lovelace1815' })
      .catch((e) => e);
    expect(isValidationError(error)).toBe(true);
    expect(error.action).toBe('createEndUser');
    expect(error.issues.map((i: { field: string }) => i.field)).toEqual(['username']);
  });

  it('requires a password, since the old call created name-and-password accounts', async () => {
    const { app } = createTestApp();
    const error = await app.user.createEndUser({ username: 'nopass' } as never).catch((e) => e);
    expect(isValidationError(error) && error.issues[0]?.field).toBe('password');
    expect(await mock.directory.users()).toHaveLength(1);
  });

  it('passes the service refusal of a duplicate name through with its code', async () => {
    const { app } = createTestApp();
    const error = await app.user
      .createEndUser({ username: 'ada', password: 'Lovelace1815' })
      .catch((e) => e);
    expect(isApiError(error) && error.code).toBe('FailedOperation.DuplicatedData');
  });
});

describe('modifyEndUser', () => {
  it('changes the name and password of the user', async () => {
    const { app } = createTestApp();
    const uuid = await adaUid();
    const result = await app.user.modifyEndUser({
      uuid,
      username: 'countess',
      password: 'Engine1843ok',
    });
    expect(result.RequestId).toMatch(/\S/);
    expect((await mock.directory.get(uuid))?.Name).toBe('countess');
    expect(await mock.directory.checkPassword(uuid, 'Engine1843ok')).toBe(true);
  });

  it('leaves the name unchanged when the username is blank, as the old SDK did', async () => {
    const { app, sent } = createTestApp();
    const uuid = await adaUid();
    await app.user.modifyEndUser({ uuid, username: '  ', password: 'Engine1843ok' });
    expect((await mock.directory.get(uuid))?.Name).toBe('ada');
    expect(sent[0]?.params).not.toHaveProperty('Name');
  });

  it('explains the new rule for a password that met only the old one', async () => {
    const { app } = createTestApp();
    const error = await app.user
      .modifyEndUser({ uuid: await adaUid(), password: 'abcd1234' })
      .catch((e) => e);
    expect(isValidationError(error) && error.issues[0]?.field).toBe('password');
    expect(error.message).toContain('met the old rule');
  });

  it('names uuid and username in errors about those fields', async () => {
    const { app } = createTestApp();
    const error = await app.user.modifyEndUser({ uuid: '', username: '-bad' }).catch((e) => e);
    expect(isValidationError(error)).toBe(true);
    expect(error.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'username',
      'uuid',
    ]);
  });

  it('rejects an unknown uuid with ResourceNotFound.UserNotExist', async () => {
    const { app } = createTestApp();
    const error = await app.user
      .modifyEndUser({ uuid: 'no-such-uid', username: 'someone' })
      .catch((e) => e);
    expect(isApiError(error) && error.code).toBe('ResourceNotFound.UserNotExist');
  });
});
