import { initClient } from '@ts-rest/core';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CreateUserOptions,
  DeleteUsersOptions,
  DescribeUserListOptions,
  ModifyUserOptions,
} from '../src/index.js';
import { tcbUserRouter } from '../src/router.js';

const client = initClient(tcbUserRouter, { baseUrl: 'http://127.0.0.1:1', baseHeaders: {} });
const version = '2018-06-08' as const;

describe('router types', () => {
  it('accepts the matching action literal for each route', () => {
    expectTypeOf(client.CreateUser).parameter(0).toMatchTypeOf<{
      body: { EnvId: string; Name: string };
      headers: { 'x-tc-action': 'CreateUser'; 'x-tc-version': typeof version };
    }>();
  });

  it('makes a wrong action literal a compile error', () => {
    void (() =>
      client.CreateUser({
        body: { EnvId: 'env', Name: 'ann' },
        // @ts-expect-error the CreateUser route only takes its own action literal
        headers: { 'x-tc-action': 'DeleteUsers', 'x-tc-version': version },
      }));
  });

  it('makes a wrong version literal a compile error', () => {
    void (() =>
      client.DeleteUsers({
        body: { EnvId: 'env', Uids: ['u1'] },
        // @ts-expect-error only 2018-06-08 is a valid version
        headers: { 'x-tc-action': 'DeleteUsers', 'x-tc-version': '2017-03-12' },
      }));
  });

  it('makes an unknown wire parameter a compile error', () => {
    void (() =>
      client.DescribeUserList({
        // @ts-expect-error Limit belongs to the deprecated DescribeEndUsers, not DescribeUserList
        body: { EnvId: 'env', Limit: 10 },
        headers: { 'x-tc-action': 'DescribeUserList', 'x-tc-version': version },
      }));
  });
});

describe('option types', () => {
  it('makes a misspelt option a compile error', () => {
    // @ts-expect-error nickname is misspelt: the option is nickName
    const create: CreateUserOptions = { name: 'ann', nickname: 'Ann' };
    // @ts-expect-error pagesize is misspelt: the option is pageSize
    const list: DescribeUserListOptions = { pagesize: 10 };
    // @ts-expect-error uid is required by modifyUser
    const modify: ModifyUserOptions = { name: 'ann' };
    // @ts-expect-error the option is uids, not uidList
    const remove: DeleteUsersOptions = { uidList: ['u1'] };
    expectTypeOf([create, list, modify, remove]).toBeArray();
  });

  it('types the enum options as their literals', () => {
    expectTypeOf<CreateUserOptions['userStatus']>().toEqualTypeOf<
      'ACTIVE' | 'BLOCKED' | undefined
    >();
    expectTypeOf<ModifyUserOptions['type']>().toEqualTypeOf<
      'internalUser' | 'externalUser' | '' | undefined
    >();
  });
});
