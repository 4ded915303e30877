import { describe, expect, it } from 'vitest';
import { formatFieldIssues, toFieldIssues } from '../issues.js';
import { toWireRequest } from '../to-wire-request.js';
import { createUserOptionsSchema } from './create-user-options.js';
import { deleteUsersOptionsSchema } from './delete-users-options.js';
import { describeUserListOptionsSchema } from './describe-user-list-options.js';
import { modifyUserOptionsSchema } from './modify-user-options.js';

function problems(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  if (result.success) return '';
  return formatFieldIssues(toFieldIssues(result.error as never));
}

describe('createUserOptionsSchema', () => {
  it('accepts a full set of valid options', () => {
    const options = {
      name: 'ann.smith',
      uid: 'ext-1',
      type: 'externalUser',
      password: 'Abcdef1!',
      userStatus: 'BLOCKED',
      nickName: '安妮',
      phone: '13800138000',
      email: 'ann@example.com',
      avatarUrl: 'https://example.com/a.png',
      description: 'joined 2020',
    };
    expect(createUserOptionsSchema.parse(options)).toEqual(options);
  });

  it('requires name and says so', () => {
    expect(problems(createUserOptionsSchema, {})).toBe('name: is required');
  });

  it('refuses a misspelt option instead of forwarding it', () => {
    expect(problems(createUserOptionsSchema, { name: 'ann', nickname: 'Ann' })).toBe(
      'nickname: is not a known parameter',
    );
  });

  it('names every broken field in one message', () => {
    expect(problems(createUserOptionsSchema, { name: 'ann', phone: '123', email: 'x' })).toBe(
      'phone: must be an 11-digit mainland number: 1 followed by 10 digits; ' +
        'email: must be an email address such as name@example.com',
    );
  });

  it('refuses an empty optional field on create', () => {
    expect(problems(createUserOptionsSchema, { name: 'ann', phone: '' })).toContain('phone:');
  });
});

describe('modifyUserOptionsSchema', () => {
  it('accepts empty strings for the leave-unchanged fields', () => {
    const options = { uid: 'u1', name: '', password: '', type: '', userStatus: '' };
    expect(modifyUserOptionsSchema.parse(options)).toEqual(options);
  });

  it('accepts empty strings for the clearable fields', () => {
    const options = {
      uid: 'u1',
      nickName: '',
      phone: '',
      email: '',
      avatarUrl: '',
      description: '',
    };
    expect(modifyUserOptionsSchema.parse(options)).toEqual(options);
  });

  it('still applies the field rule to a non-empty value', () => {
    expect(problems(modifyUserOptionsSchema, { uid: 'u1', type: 'admin' })).toBe(
      'type: must be internalUser or externalUser',
    );
    expect(problems(modifyUserOptionsSchema, { uid: 'u1', nickName: 'a' })).toBe(
      'nickName: must be 2-64 characters long (got 1)',
    );
  });

  it('requires the uid', () => {
    expect(problems(modifyUserOptionsSchema, { name: 'ann' })).toBe('uid: is required');
  });
});

describe('toWireRequest for ModifyUser', () => {
  it('leaves out empty leave-unchanged fields and keeps empty clearable fields', () => {
    const options = modifyUserOptionsSchema.parse({
      uid: 'u1',
      name: '',
      userStatus: 'BLOCKED',
      nickName: '',
      phone: undefined,
    });
    expect(toWireRequest('ModifyUser', 'env-1', options)).toEqual({
      EnvId: 'env-1',
      Uid: 'u1',
      UserStatus: 'BLOCKED',
      NickName: '',
    });
  });

  it('maps every camelCase key of DescribeUserList to PascalCase', () => {
    const options = { pageNo: 2, pageSize: 10, nickName: 'an', uidList: ['a'] };
    expect(toWireRequest('DescribeUserList', 'env-1', options)).toEqual({
      EnvId: 'env-1',
      PageNo: 2,
      PageSize: 10,
      NickName: 'an',
      UidList: ['a'],
    });
  });
});

describe('describeUserListOptionsSchema', () => {
  it('accepts no options at all', () => {
    expect(describeUserListOptionsSchema.parse({})).toEqual({});
  });

  it('refuses page size 0 and a fractional page number', () => {
    expect(problems(describeUserListOptionsSchema, { pageSize: 0, pageNo: 1.5 })).toBe(
      'pageNo: must be a whole number; pageSize: must be 1-100',
    );
  });

  it('refuses more than 100 uids in the uid filter', () => {
    const uidList = Array.from({ length: 101 }, (_, i) => `u${i}`);
    expect(problems(describeUserListOptionsSchema, { uidList })).toBe(
      'uidList: must list at most 100 uids',
    );
  });
});

describe('deleteUsersOptionsSchema', () => {
  it('names the index of an empty uid', () => {
    expect(problems(deleteUsersOptionsSchema, { uids: ['a', ''] })).toBe(
      'uids.1: must not be empty',
    );
  });
});

describe('option bags that are not objects', () => {
  it('refuses a bare string in place of the options, saying what to pass', () => {
    expect(problems(createUserOptionsSchema, 'alice')).toBe(
      'the options must be an object, such as { name: "alice" }',
    );
  });

  it('refuses missing options to modifyUser and deleteUsers', () => {
    expect(problems(modifyUserOptionsSchema, undefined)).toBe('the options object is required');
    expect(problems(deleteUsersOptionsSchema, undefined)).toBe('the options object is required');
  });
});
