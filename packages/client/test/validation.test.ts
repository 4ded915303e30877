import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CloudBase,
  createTcbUserClient,
  isValidationError,
  type TcbUserClient,
  type ValidationError,
} from '../src/index.js';
import {
  ok,
  startTestServer,
  TEST_SECRET_ID,
  TEST_SECRET_KEY,
  type TestServer,
} from './support/tcb-test-server.js';

let server: TestServer;
let client: TcbUserClient;
beforeAll(async () => {
  server = await startTestServer(() => ok({ Uid: 'x' }));
  client = createTcbUserClient({
    secretId: TEST_SECRET_ID,
    secretKey: TEST_SECRET_KEY,
    envId: 'env-v',
    endpoint: server.url,
  });
});
afterAll(() => server.close());

async function refusal(run: () => Promise<unknown>): Promise<ValidationError> {
  const before = server.requests.length;
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(server.requests.length).toBe(before); // nothing left the client
  expect(isValidationError(error)).toBe(true);
  return error as ValidationError;
}

const long = (n: number) => 'a'.repeat(n);

// One case per rule of the validation table: [what, call, field named]
const cases: [string, () => Promise<unknown>, string][] = [
  ['a missing name', () => client.createUser({} as never), 'name'],
  ['a name over 64 characters', () => client.createUser({ name: long(65) }), 'name'],
  ['a name with a space', () => client.createUser({ name: 'ada lovelace' }), 'name'],
  ['a name starting with a dot', () => client.createUser({ name: '.ada' }), 'name'],
  ['a uid over 64 characters', () => client.createUser({ name: 'ada', uid: long(65) }), 'uid'],
  ['an unknown type', () => client.createUser({ name: 'ada', type: 'admin' as never }), 'type'],
  [
    'a password of 7 characters',
    () => client.createUser({ name: 'ada', password: 'Ab1@xyz' }),
    'password',
  ],
  [
    'a password starting with a special character',
    () => client.createUser({ name: 'ada', password: '@Abc12345' }),
    'password',
  ],
  [
    'a password with two kinds of characters',
    () => client.createUser({ name: 'ada', password: 'abcdefgh1' }),
    'password',
  ],
  [
    'an unknown user status',
    () => client.createUser({ name: 'ada', userStatus: 'GONE' as never }),
    'userStatus',
  ],
  [
    'a one-character nickname',
    () => client.createUser({ name: 'ada', nickName: '张' }),
    'nickName',
  ],
  [
    'a nickname of 65 emoji',
    () => client.createUser({ name: 'ada', nickName: '😀'.repeat(65) }),
    'nickName',
  ],
  ['a ten-digit phone', () => client.createUser({ name: 'ada', phone: '1380013800' }), 'phone'],
  ['a malformed email', () => client.createUser({ name: 'ada', email: 'not-an-email' }), 'email'],
  [
    'a relative avatar URL',
    () => client.createUser({ name: 'ada', avatarUrl: '/me.png' }),
    'avatarUrl',
  ],
  [
    'a description over 200 characters',
    () => client.createUser({ name: 'ada', description: long(201) }),
    'description',
  ],
  ['page number 0', () => client.describeUserList({ pageNo: 0 }), 'pageNo'],
  ['page size 101', () => client.describeUserList({ pageSize: 101 }), 'pageSize'],
  ['a fractional page size', () => client.describeUserList({ pageSize: 2.5 }), 'pageSize'],
  ['an empty uid list to delete', () => client.deleteUsers({ uids: [] }), 'uids'],
  [
    '101 uids to delete',
    () => client.deleteUsers({ uids: Array.from({ length: 101 }, (_, i) => `u${i}`) }),
    'uids',
  ],
  ['an empty uid among those to delete', () => client.deleteUsers({ uids: ['a', ''] }), 'uids.1'],
  ['a modify without uid', () => client.modifyUser({ nickName: 'Ada' } as never), 'uid'],
  ['an invalid phone in modify', () => client.modifyUser({ uid: 'u', phone: '123' }), 'phone'],
  [
    'an unknown option key',
    () => client.createUser({ name: 'ada', gender: 'f' } as never),
    'gender',
  ],
  ['an unknown call option', () => client.describeUserList({}, { retries: 3 } as never), 'retries'],
];

describe('validation before any request', () => {
  it.each(cases)('refuses %s and names the field', async (_what, run, field) => {
    const error = await refusal(run);
    expect(error.issues.map((i) => i.field)).toContain(field);
    expect(error.message).toContain(`${field}:`);
  });

  it('accepts empty "unchanged" values for type and status in modify', async () => {
    const before = server.requests.length;
    await client
      .modifyUser({ uid: 'u', type: '', userStatus: '' }, { maxRetries: 0 })
      .catch(() => {});
    expect(server.requests.length).toBe(before + 1);
    expect(server.requests.at(-1)?.body).toEqual({ EnvId: 'env-v', Uid: 'u' });
  });
});

describe('client options', () => {
  const base = {
    secretId: TEST_SECRET_ID,
    secretKey: TEST_SECRET_KEY,
    envId: 'e',
    endpoint: 'http://127.0.0.1:9/',
  };
  const refuse = (options: object) => {
    try {
      createTcbUserClient(options as never);
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      return error as ValidationError;
    }
    throw new Error('expected a ValidationError');
  };
  const saved = { ...process.env };
  beforeAll(() => {
    delete process.env.TENCENTCLOUD_SECRETID;
    delete process.env.TENCENTCLOUD_SECRETKEY;
    delete process.env.TENCENTCLOUD_SESSIONTOKEN;
  });
  afterAll(() => {
    process.env = saved;
  });

  it('refuses missing credentials and says which variable to set', () => {
    const error = refuse({ envId: 'e', endpoint: base.endpoint });
    expect(error.message).toContain(
      'secretId: is required (pass secretId or set TENCENTCLOUD_SECRETID)',
    );
    expect(error.message).toContain('secretKey: is required');
  });

  it('refuses an empty secret key', () => {
    expect(refuse({ ...base, secretKey: '' }).issues).toEqual([
      { field: 'secretKey', message: 'must not be empty (from options)' },
    ]);
  });

  it('refuses a credential with a trailing line break without echoing it', () => {
    const error = refuse({ ...base, secretKey: `${TEST_SECRET_KEY}\n` });
    expect(error.issues[0]?.field).toBe('secretKey');
    expect(error.message).toContain('whitespace');
    expect(error.message).not.toContain(TEST_SECRET_KEY);
  });

  it('refuses a credential from the environment with a stray space', () => {
    process.env.TENCENTCLOUD_SECRETID = ' AKIDspace';
    try {
      const error = refuse({ envId: 'e', secretKey: 'k', endpoint: base.endpoint });
      expect(error.message).toContain('secretId: must not contain whitespace');
      expect(error.message).toContain('TENCENTCLOUD_SECRETID');
    } finally {
      delete process.env.TENCENTCLOUD_SECRETID;
    }
  });

  it('refuses unknown client option keys', () => {
    expect(refuse({ ...base, proxy: 'http://p' }).issues[0]?.field).toBe('proxy');
  });

  it('refuses a missing envId and a non-http endpoint', () => {
    const fields = refuse({ ...base, envId: undefined, endpoint: 'ftp://x' }).issues.map(
      (i) => i.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['envId', 'endpoint']));
  });

  it('refuses an endpoint with a user name and password, naming endpoint and never the password', () => {
    const error = refuse({ ...base, endpoint: 'http://user:hunter2pw@127.0.0.1:9/' });
    expect(error.issues).toEqual([
      { field: 'endpoint', message: 'must not carry a user name or password' },
    ]);
    expect(error.message).not.toContain('hunter2pw');
  });

  it('reports a malformed endpoint once', () => {
    expect(refuse({ ...base, endpoint: 'not a url' }).issues).toEqual([
      { field: 'endpoint', message: 'must be an absolute http(s) URL' },
    ]);
  });

  const timeoutRule = 'must be a whole number of milliseconds from 1 to 2147483647';
  it.each([2 ** 31, Number.NaN, Number.POSITIVE_INFINITY, 0, 1.5, '100'])(
    'refuses timeoutMs %s, which a timer cannot keep, in plain words',
    (timeoutMs) => {
      expect(refuse({ ...base, timeoutMs }).issues).toEqual([
        { field: 'timeoutMs', message: timeoutRule },
      ]);
    },
  );

  it('refuses a per-call timeoutMs over 2147483647 before sending', async () => {
    const error = await refusal(() => client.describeUserList({}, { timeoutMs: 2 ** 31 }));
    expect(error.issues).toEqual([{ field: 'timeoutMs', message: timeoutRule }]);
  });

  it('accepts the largest timeoutMs a timer keeps', () => {
    expect(() => createTcbUserClient({ ...base, timeoutMs: 2_147_483_647 })).not.toThrow();
  });

  it('names timeout, not timeoutMs, when CloudBase.init gets a bad timeout', () => {
    const error = (() => {
      try {
        CloudBase.init({ ...base, timeout: '100' as never });
      } catch (e) {
        return e as ValidationError;
      }
      throw new Error('expected a ValidationError');
    })();
    expect(error.issues).toEqual([{ field: 'timeout', message: timeoutRule }]);
    expect(error.message).not.toContain('timeoutMs');
  });
});

describe('bulk helper arguments', () => {
  it.each([
    ['getUsersByUid', () => client.getUsersByUid('abc' as never)],
    ['deleteUsersInBatches', () => client.deleteUsersInBatches('abc' as never)],
    ['getUsersByUid', () => client.getUsersByUid(['a', 5] as never)],
  ])('refuses uids that are not a list of uid strings in %s, naming uids', async (_h, run) => {
    const error = await refusal(run);
    expect(error.issues.map((i) => i.field)).toEqual(['uids']);
  });

  it.each(['abc', null, ['name']])(
    'refuses an iterateUsers filter of %j, naming filter',
    async (f) => {
      const error = await refusal(() => client.iterateUsers(f as never).next());
      expect(error.issues.map((i) => i.field)).toEqual(['filter']);
    },
  );

  it('refuses an iterateUsers filter with a bad field before sending', async () => {
    const error = await refusal(() => client.iterateUsers({ name: 5 } as never).next());
    expect(error.issues.map((i) => i.field)).toEqual(['name']);
  });
});
