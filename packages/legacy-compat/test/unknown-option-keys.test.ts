import { describe, expect, it } from 'vitest';
import { isValidationError } from '../src/index.js';
import { createTestApp, useMockService } from './support/mock-service.js';

const mock = useMockService([{ name: 'ada', nickName: 'Ada' }]);

async function adaUid(): Promise<string> {
  const [ada] = await mock.directory.users();
  return ada?.Uid ?? '';
}

async function refusal(run: () => Promise<unknown>) {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isValidationError(error)) throw new Error(`expected a ValidationError, got ${error}`);
  return error;
}

describe('old calls with keys they do not know', () => {
  it('refuses a misspelt updateEndUser key instead of reporting success and losing it', async () => {
    const { app } = createTestApp({ deprecationWarnings: false });
    const uuid = await adaUid();
    const error = await refusal(() =>
      app.user.updateEndUser({ uuid, nickname: 'Lost Name' } as never),
    );
    expect(error.issues).toEqual([
      { field: 'nickname', message: expect.stringContaining('is not an option of updateEndUser') },
    ]);
    expect(await mock.directory.get(uuid)).toMatchObject({ NickName: 'Ada' });
  });

  it('refuses a nickName given to createEndUser and creates nobody', async () => {
    const { app } = createTestApp({ deprecationWarnings: false });
    const error = await refusal(() =>
      app.user.createEndUser({ username: 'extra1', password: 'Abc@12345', nickName: 'X' } as never),
    );
    expect(error.issues.map((issue) => issue.field)).toEqual(['nickName']);
    expect(error.message).toContain('it takes username, password');
    expect((await mock.directory.users()).map((user) => user.Name)).toEqual(['ada']);
  });

  it('refuses userName (for username) in modifyEndUser and leaves the name as it was', async () => {
    const { app } = createTestApp({ deprecationWarnings: false });
    const uuid = await adaUid();
    await refusal(() => app.user.modifyEndUser({ uuid, userName: 'newname' } as never));
    expect(await mock.directory.get(uuid)).toMatchObject({ Name: 'ada' });
  });
});
