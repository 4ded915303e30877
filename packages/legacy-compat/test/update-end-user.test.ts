import { describe, expect, it } from 'vitest';
import { isApiError, isValidationError } from '../src/index.js';
import { createTestApp, useMockService } from './support/mock-service.js';

const mock = useMockService([
  { name: 'ada', nickName: 'Ada', avatarUrl: 'https://example.com/a.png' },
]);

async function adaUid(): Promise<string> {
  const [ada] = await mock.directory.users();
  return ada?.Uid ?? '';
}

const profile = {
  nickName: 'Countess',
  gender: 'FEMALE',
  country: 'UK',
  province: '',
  city: 'London',
};

describe('updateEndUser', () => {
  it('saves nickname and avatar and warns, by default, naming each field it cannot keep', async () => {
    const { app, warnings } = createTestApp({ deprecationWarnings: false });
    const uuid = await adaUid();
    const result = await app.user.updateEndUser({
      uuid,
      ...profile,
      avatarUrl: 'https://x.io/b.png',
    });
    expect(result.RequestId).toMatch(/\S/);
    expect(await mock.directory.get(uuid)).toMatchObject({
      NickName: 'Countess',
      AvatarUrl: 'https://x.io/b.png',
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('gender, country, city');
    expect(warnings[0]).not.toContain('province');
    expect(warnings[0]).not.toContain('London');
  });

  it('saves quietly under the ignore policy', async () => {
    const { app, warnings } = createTestApp({
      deprecationWarnings: false,
      unmappedFields: 'ignore',
    });
    const uuid = await adaUid();
    await app.user.updateEndUser({ uuid, ...profile });
    expect((await mock.directory.get(uuid))?.NickName).toBe('Countess');
    expect(warnings).toEqual([]);
  });

  it('refuses the call before sending anything under the throw policy', async () => {
    const { app, sent } = createTestApp({ unmappedFields: 'throw' });
    const uuid = await adaUid();
    const error = await app.user.updateEndUser({ uuid, ...profile }).catch((e) => e);
    expect(isValidationError(error)).toBe(true);
    expect(error.issues.map((i: { field: string }) => i.field)).toEqual([
      'gender',
      'country',
      'city',
    ]);
    expect(error.message).toContain("legacy.unmappedFields to 'warn' or 'ignore'");
    expect(sent).toHaveLength(0);
    expect((await mock.directory.get(uuid))?.NickName).toBe('Ada');
  });

  it('lets one call override the app policy', async () => {
    const { app } = createTestApp({ unmappedFields: 'ignore' });
    const error = await app.user
      .updateEndUser({ uuid: await adaUid(), gender: 'MALE' }, { unmappedFields: 'throw' })
      .catch((e) => e);
    expect(isValidationError(error) && error.issues[0]?.field).toBe('gender');
  });

  it('does not warn when the unmapped fields are empty or absent', async () => {
    const { app, warnings } = createTestApp({
      deprecationWarnings: false,
      unmappedFields: 'throw',
    });
    await app.user.updateEndUser({ uuid: await adaUid(), nickName: 'Ada L', gender: '', city: '' });
    expect(warnings).toEqual([]);
  });

  it('clears the avatar for an empty string and leaves absent fields unchanged', async () => {
    const { app, sent } = createTestApp();
    const uuid = await adaUid();
    await app.user.updateEndUser({ uuid, avatarUrl: '' });
    expect(await mock.directory.get(uuid)).toMatchObject({ NickName: 'Ada', AvatarUrl: '' });
    expect(sent[0]?.params).toEqual({ EnvId: 'legacy-env', Uid: uuid, AvatarUrl: '' });
  });

  it('names the nickName field when the new rule refuses it', async () => {
    const { app } = createTestApp();
    const error = await app.user
      .updateEndUser({ uuid: await adaUid(), nickName: 'A' })
      .catch((e) => e);
    expect(isValidationError(error) && error.issues[0]?.field).toBe('nickName');
  });

  it('rejects an unknown uuid with ResourceNotFound.UserNotExist', async () => {
    const { app } = createTestApp();
    const error = await app.user
      .updateEndUser({ uuid: 'nobody', nickName: 'Nobody' })
      .catch((e) => e);
    expect(isApiError(error) && error.code).toBe('ResourceNotFound.UserNotExist');
  });
});
