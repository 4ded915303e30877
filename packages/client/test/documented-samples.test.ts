// biome-ignore-all format: the documented samples are kept exactly as the documentation prints them
// The user-management samples of @cloudbase/manager-node's documentation, run unchanged apart
// from the import line against a loopback server. The createUser sample is the documented text;
// the other three follow the same documented form, inputs and result fields.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CloudBase } from '../src/index.js';
import {
  startTestServer,
  TEST_SECRET_ID,
  TEST_SECRET_KEY,
  type TestServer,
} from './support/tcb-test-server.js';
import { createUserDirectory } from './support/user-directory.js';

const secretId = TEST_SECRET_ID;
const secretKey = TEST_SECRET_KEY;
const envId = 'sample-env';

let server: TestServer;
const directory = createUserDirectory();
const printed: unknown[][] = [];

beforeAll(async () => {
  server = await startTestServer((request) => directory.handle(request));
  vi.stubEnv('TCB_BASE_URL', server.url);
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args);
  });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await server.close();
});

describe('documented manager-node samples', () => {
  it('runs the createUser sample and prints the new uid', async () => {
    const app = CloudBase.init({ secretId, secretKey, envId })

    async function main() {
      const res = await app.user.createUser({
        name: 'alice',
        password: 'Abc@12345',
        type: 'internalUser',
        nickName: 'Alice',
        email: 'alice@example.com'
      })
      console.log('New user UID:', res.Data.Uid)
    }

    await main();
    const uid = directory.users[0]?.Uid;
    expect(printed.at(-1)).toEqual(['New user UID:', uid]);
    expect(server.requests.at(-1)?.signatureValid).toBe(true);
    expect(server.requests.at(-1)?.body).toMatchObject({
      EnvId: envId,
      Name: 'alice',
      Email: 'alice@example.com',
    });
  });

  it('runs the describeUserList sample and prints the total and the users', async () => {
    const app = CloudBase.init({ secretId, secretKey, envId })

    async function main() {
      const res = await app.user.describeUserList({
        pageNo: 1,
        pageSize: 10,
        name: 'ali'
      })
      console.log('Total:', res.Data.Total)
      console.log('Users:', res.Data.UserList)
    }

    await main();
    expect(printed.at(-2)).toEqual(['Total:', 1]);
    const listed = (printed.at(-1) ?? [])[1] as { Name: string }[];
    expect(listed.map((u) => u.Name)).toEqual(['alice']);
  });

  it('runs the modifyUser sample and prints the success flag', async () => {
    const app = CloudBase.init({ secretId, secretKey, envId })
    const uid = directory.users[0]?.Uid as string;

    async function main() {
      const res = await app.user.modifyUser({
        uid,
        nickName: 'Alice Liddell',
        userStatus: 'BLOCKED'
      })
      console.log('Modified:', res.Data.Success)
    }

    await main();
    expect(printed.at(-1)).toEqual(['Modified:', true]);
    expect(directory.users[0]).toMatchObject({ NickName: 'Alice Liddell', UserStatus: 'BLOCKED' });
  });

  it('runs the deleteUsers sample and prints the counts', async () => {
    const app = CloudBase.init({ secretId, secretKey, envId })
    const uid = directory.users[0]?.Uid as string;

    async function main() {
      const res = await app.user.deleteUsers({
        uids: [uid, 'no-such-uid']
      })
      console.log('Deleted:', res.Data.SuccessCount, 'Failed:', res.Data.FailedCount)
    }

    await main();
    expect(printed.at(-1)).toEqual(['Deleted:', 1, 'Failed:', 1]);
    expect(directory.users).toHaveLength(0);
  });

  it('accepts the older constructor form with a config object', async () => {
    const cloudBaseConfig = { secretId, secretKey, envId };
    const app = new CloudBase(cloudBaseConfig);
    const res = await app.user.describeUserList();
    expect(Object.keys(res).sort()).toEqual(['Data', 'RequestId']);
    expect(res.Data).toEqual({ Total: 0, UserList: [] });
  });
});
