import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createPacer,
  createTcbUserClient,
  isValidationError,
  type TcbUserClient,
} from '../src/index.js';
import {
  fail,
  startTestServer,
  TEST_SECRET_ID,
  TEST_SECRET_KEY,
  type TestServer,
} from './support/tcb-test-server.js';
import { createUserDirectory } from './support/user-directory.js';

let server: TestServer;
let directory = createUserDirectory();
let failDeletesOf: string | undefined;
let client: TcbUserClient;

beforeAll(async () => {
  server = await startTestServer((request) => {
    const uids = request.body.Uids as string[] | undefined;
    if (failDeletesOf && uids?.includes(failDeletesOf))
      return fail('InvalidParameterValue', 'refused');
    return directory.handle(request);
  });
  client = createTcbUserClient({
    secretId: TEST_SECRET_ID,
    secretKey: TEST_SECRET_KEY,
    envId: 'e',
    endpoint: server.url,
  });
});
afterAll(() => server.close());

beforeEach(async () => {
  directory = createUserDirectory();
  failDeletesOf = undefined;
  for (let i = 0; i < 250; i++) {
    directory.users.push({
      Uid: `u${i}`,
      Name: `user${i}`,
      Type: 'internalUser',
      UserStatus: 'ACTIVE',
      NickName: i % 2 ? 'odd' : 'even',
      Phone: '',
      Email: '',
      AvatarUrl: '',
      Description: '',
    });
  }
});

const noPacing = { pacer: null };

describe('iterateUsers', () => {
  it('yields every matching user once, in order, across pages', async () => {
    const seen: string[] = [];
    for await (const user of client.iterateUsers(
      { nickName: 'odd' },
      { pageSize: 30, concurrency: 3, ...noPacing },
    ))
      seen.push(user.Uid);
    expect(seen).toHaveLength(125);
    expect(seen[0]).toBe('u1');
    expect(seen.at(-1)).toBe('u249');
    expect(new Set(seen).size).toBe(125);
  });

  it('asks for each page once', async () => {
    const before = server.requests.length;
    let n = 0;
    for await (const _ of client.iterateUsers({}, { pageSize: 100, ...noPacing })) n++;
    expect(n).toBe(250);
    const pages = server.requests.slice(before).map((r) => r.body.PageNo);
    expect(pages.sort()).toEqual([1, 2, 3]);
  });

  it('refuses paging fields in the filter', async () => {
    const run = async () => {
      for await (const _ of client.iterateUsers({ pageNo: 2 } as never)) break;
    };
    await expect(run()).rejects.toSatisfy(isValidationError);
  });
});

describe('getUsersByUid', () => {
  it('returns found users in the asked order and lists the missing uids', async () => {
    const uids = [
      'u7',
      'ghost-1',
      ...Array.from({ length: 120 }, (_, i) => `u${i + 100}`),
      'u7',
      'ghost-2',
    ];
    const before = server.requests.length;
    const { users, notFound } = await client.getUsersByUid(uids, noPacing);
    expect(users.map((u) => u.Uid).slice(0, 2)).toEqual(['u7', 'u100']);
    expect(users).toHaveLength(121);
    expect(notFound).toEqual(['ghost-1', 'ghost-2']);
    expect(server.requests.length - before).toBe(2);
  });

  it('sends nothing for an empty list', async () => {
    const before = server.requests.length;
    expect(await client.getUsersByUid([])).toEqual({ users: [], notFound: [] });
    expect(server.requests.length).toBe(before);
  });
});

describe('deleteUsersInBatches', () => {
  it('deletes in batches of 100 and reports each uid', async () => {
    const uids = [...Array.from({ length: 230 }, (_, i) => `u${i}`), 'ghost'];
    const before = server.requests.length;
    const result = await client.deleteUsersInBatches(uids, noPacing);
    const deletes = server.requests.slice(before).filter((r) => r.action === 'DeleteUsers');
    // Batches run concurrently, so they may arrive in any order.
    const sizes = deletes.map((r) => (r.body.Uids as string[]).length).sort((a, b) => b - a);
    expect(sizes).toEqual([100, 100, 31]);
    expect(result.removed).toHaveLength(231);
    expect(result.remaining).toEqual([]);
    expect(result.deletedCount).toBe(230);
    expect(result.failedCount).toBe(1);
    expect(directory.users.map((u) => u.Uid)).toEqual(
      Array.from({ length: 20 }, (_, i) => `u${i + 230}`),
    );
  });

  it('lists the uids of a failed batch as remaining, with the error', async () => {
    failDeletesOf = 'u150';
    const uids = Array.from({ length: 200 }, (_, i) => `u${i}`);
    const result = await client.deleteUsersInBatches(uids, { concurrency: 1, ...noPacing });
    expect(result.removed).toEqual(uids.slice(0, 100));
    expect(result.remaining).toEqual(uids.slice(100));
    expect(result.failedBatches).toHaveLength(1);
    expect(result.failedBatches[0]?.error.code).toBe('InvalidParameterValue');
  });

  it('stays under the pacer rate', async () => {
    const pacer = createPacer({ requestsPerSecond: 2, windowMs: 100 });
    const before = server.requests.length;
    const t0 = Date.now();
    await client.deleteUsersInBatches(
      Array.from({ length: 250 }, (_, i) => `u${i}`),
      { pacer, concurrency: 3 },
    );
    expect(server.requests.length - before).toBe(3);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(95);
  });
});
