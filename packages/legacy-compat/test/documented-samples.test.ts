// biome-ignore-all format: the samples keep the layout the documentation prints them in
// The deprecated user samples of @cloudbase/manager-node's documentation, run unchanged apart
// from the import line against the mock service. The getEndUserList sample is the documented
// text (with its config variable spelled one way: the page spells it two ways); the other five
// follow the documented form, options and result fields with concrete values in place of the
// "your ..." placeholders.
import { endUserInfoSchema } from '@org/tcb-user-contract';
import { createTcbUserHandlers } from '@org/tcb-user-mock';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CloudBase } from '../src/index.js';
import { ENV_ID, MOCK_ENDPOINT, SECRET_ID, SECRET_KEY } from './support/mock-service.js';

const text = endUserInfoSchema.shape.UUId;
const oldEndUserInfo = endUserInfoSchema
  .extend({ Country: text, Province: text, City: text })
  .strict();

const mock = createTcbUserHandlers({
  baseUrl: MOCK_ENDPOINT,
  seed: [
    { name: 'ada', nickName: 'Ada' },
    { name: 'grace', nickName: 'Grace', userStatus: 'BLOCKED' },
  ],
  defaultEnvId: ENV_ID,
  passwordIterations: 1,
  signature: { keys: [{ secretId: SECRET_ID, secretKey: SECRET_KEY }] },
  deprecatedActions: 'withdrawn',
});
const server = setupServer(...mock.handlers);
const actions: string[] = [];
const printed: unknown[][] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    actions.push(request.headers.get('x-tc-action') ?? '');
  });
});
beforeEach(() => {
  vi.stubEnv('TCB_BASE_URL', MOCK_ENDPOINT);
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args);
  });
  vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  actions.length = 0;
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await mock.directory.reset();
});
afterAll(() => {
  server.close();
});

const secretId = SECRET_ID;
const secretKey = SECRET_KEY;
const envId = ENV_ID;

async function uidOf(name: string): Promise<string> {
  const users = await mock.directory.users();
  const found = users.find((user) => user.Name === name);
  if (!found) throw new Error(`no user ${name}`);
  return found.Uid;
}

describe('documented manager-node EndUser samples', () => {
  it('runs the getEndUserList sample and prints users in the old shape', async () => {
    const cloudBaseConfig = {
      secretId: secretId,
      secretKey: secretKey,
      envId: envId // 云开发环境ID，可在腾讯云云开发控制台获取
    };
    const app = new CloudBase(cloudBaseConfig);
    async function main() {
      const { Users } = await app.user.getEndUserList({
        limit: 20,
        offset: 0
      });
      console.log(">>> Users are:", Users);
    }
    await main();

    const [label, users] = printed.at(-1) ?? [];
    expect(label).toBe('>>> Users are:');
    const parsed = oldEndUserInfo.array().parse(users);
    expect(parsed.map((u) => [u.UserName, u.NickName, u.IsDisabled])).toEqual([
      ['ada', 'Ada', false],
      ['grace', 'Grace', true],
    ]);
    expect(actions).toEqual(['DescribeUserList']);
  });

  it('runs the createEndUser sample and prints the new user in the old shape', async () => {
    const app = CloudBase.init({ secretId, secretKey, envId });
    async function main() {
      const { User } = await app.user.createEndUser({
        username: "linus",
        password: "Kernel2024pass"
      });
      console.log(">>> 新建用户信息：", User);
    }
    await main();

    const user = oldEndUserInfo.parse(printed.at(-1)?.[1]);
    expect(user).toMatchObject({ UUId: await uidOf('linus'), UserName: 'linus', HasPassword: true });
    expect(await mock.directory.checkPassword(user.UUId, 'Kernel2024pass')).toBe(true);
    expect(actions).toEqual(['CreateUser']);
  });

  it('runs the modifyEndUser sample and changes the name and password', async () => {
    const app = new CloudBase({ secretId, secretKey, envId });
    const uuid = await uidOf('ada');
    async function main() {
      const res = await app.user.modifyEndUser({
        uuid: uuid,
        username: "ada.lovelace",
        password: "Analytical1843"
      });
      console.log(">>> RequestId:", res.RequestId);
    }
    await main();

    expect(printed.at(-1)?.[1]).toEqual(expect.any(String));
    expect((await mock.directory.get(uuid))?.Name).toBe('ada.lovelace');
    expect(await mock.directory.checkPassword(uuid, 'Analytical1843')).toBe(true);
    expect(actions).toEqual(['ModifyUser']);
  });

  it('runs the updateEndUser sample, keeps nickname and avatar, and warns about the rest', async () => {
    const app = new CloudBase({ secretId, secretKey, envId });
    const uuid = await uidOf('ada');
    async function main() {
      await app.user.updateEndUser({
        uuid: uuid,
        nickName: "Countess",
        gender: "FEMALE",
        avatarUrl: "https://example.com/ada.png",
        country: "UK",
        province: "England",
        city: "London"
      });
    }
    await main();

    expect(await mock.directory.get(uuid)).toMatchObject({
      NickName: 'Countess',
      AvatarUrl: 'https://example.com/ada.png',
    });
    const warned = vi.mocked(process.emitWarning).mock.calls.map((call) => String(call[0]));
    expect(warned.some((line) => line.includes('gender, country, province, city'))).toBe(true);
  });

  it('runs the setEndUserStatus sample and blocks the user', async () => {
    const app = new CloudBase({ secretId, secretKey, envId });
    const uuid = await uidOf('ada');
    async function main() {
      await app.user.setEndUserStatus({
        uuid: uuid,
        status: "DISABLE"
      });
    }
    await main();

    expect((await mock.directory.get(uuid))?.UserStatus).toBe('BLOCKED');
  });

  it('runs the deleteEndUsers sample and removes the listed users', async () => {
    const app = new CloudBase({ secretId, secretKey, envId });
    const uuids = [await uidOf('ada'), await uidOf('grace')];
    async function main() {
      const res = await app.user.deleteEndUsers({
        userList: uuids
      });
      console.log(">>> RequestId:", res.RequestId);
    }
    await main();

    expect(await mock.directory.users()).toEqual([]);
    expect(printed.at(-1)?.[1]).toMatch(/\S/);
    expect(actions).toEqual(['DeleteUsers']);
  });
});
