import type { EndUserInfo, User } from '@org/tcb-user-contract';
import type { StoredUser } from '../directory/user-storage.js';

/** A stored user as `DescribeUserList` answers it: no password, no hash, no timestamps. */
export function toWireUser(user: StoredUser): User {
  return {
    Uid: user.uid,
    Name: user.name,
    Type: user.type,
    UserStatus: user.userStatus,
    NickName: user.nickName,
    Phone: user.phone,
    Email: user.email,
    AvatarUrl: user.avatarUrl,
    Description: user.description,
  };
}

/**
 * A stored user in the shape of the deprecated `EndUser` actions. Fields the new user model
 * has no source for (open ids, gender) are empty, and no user is anonymous.
 */
export function toEndUserInfo(user: StoredUser): EndUserInfo {
  return {
    UUId: user.uid,
    WXOpenId: '',
    QQOpenId: '',
    Phone: user.phone,
    Email: user.email,
    NickName: user.nickName,
    Gender: '',
    AvatarUrl: user.avatarUrl,
    UpdateTime: new Date(user.updatedAt).toISOString(),
    CreateTime: new Date(user.createdAt).toISOString(),
    IsAnonymous: false,
    IsDisabled: user.userStatus === 'BLOCKED',
    HasPassword: user.passwordHash !== '',
    UserName: user.name,
  };
}
