import { describe, expect, it } from 'vitest';
import { toEndUserInfo } from './end-user-info.js';

const user = {
  Uid: 'u-1',
  Name: 'ada',
  Type: 'internalUser',
  UserStatus: 'BLOCKED',
  NickName: 'Ada',
  Phone: '13800000000',
  Email: 'ada@example.com',
  AvatarUrl: 'https://example.com/a.png',
  Description: 'first programmer',
};

describe('toEndUserInfo', () => {
  it('maps uid, name, status and the shared fields, and fills the rest with empty values', () => {
    expect(toEndUserInfo(user)).toEqual({
      UUId: 'u-1',
      UserName: 'ada',
      NickName: 'Ada',
      Phone: '13800000000',
      Email: 'ada@example.com',
      AvatarUrl: 'https://example.com/a.png',
      IsDisabled: true,
      IsAnonymous: false,
      HasPassword: false,
      WXOpenId: '',
      QQOpenId: '',
      Gender: '',
      Country: '',
      Province: '',
      City: '',
      CreateTime: '',
      UpdateTime: '',
    });
  });

  it('reports an active user as not disabled', () => {
    expect(toEndUserInfo({ ...user, UserStatus: 'ACTIVE' }).IsDisabled).toBe(false);
  });

  it('reports HasPassword only when the caller knows a password was set', () => {
    expect(toEndUserInfo(user, { hasPassword: true }).HasPassword).toBe(true);
  });
});
