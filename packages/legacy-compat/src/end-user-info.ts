import type { EndUserInfo as EndUserInfoWire, User } from '@org/tcb-user-contract';

/**
 * A user in the shape the deprecated calls returned, as `@cloudbase/manager-node` declares it:
 * the wire `EndUserInfo` plus `Country`, `Province` and `City`. Built from the new `User`; the
 * fields the new API has no source for hold empty values (see the README's migration table).
 */
export type EndUserInfo = EndUserInfoWire & {
  /** No source in the new API: always `''`. */
  Country: string;
  /** No source in the new API: always `''`. */
  Province: string;
  /** No source in the new API: always `''`. */
  City: string;
};

/** What the shim knows about a user beyond the new `User` fields. */
export interface EndUserInfoExtras {
  /** Set when the shim itself just gave the user a password. Default: `false` (unknown). */
  hasPassword?: boolean;
}

/**
 * Builds the old `EndUserInfo` from a new `User`: `Uid` → `UUId`, `Name` → `UserName`,
 * `UserStatus === 'BLOCKED'` → `IsDisabled`; nickname, phone, email and avatar are copied.
 * Open ids, gender, region and times are `''`; `IsAnonymous` and `HasPassword` are `false`.
 */
export function toEndUserInfo(user: User, extras: EndUserInfoExtras = {}): EndUserInfo {
  return {
    UUId: user.Uid,
    UserName: user.Name,
    NickName: user.NickName,
    Phone: user.Phone,
    Email: user.Email,
    AvatarUrl: user.AvatarUrl,
    IsDisabled: user.UserStatus === 'BLOCKED',
    // The new API only has named users; anonymous sign-ins are not listed by it.
    IsAnonymous: false,
    HasPassword: extras.hasPassword ?? false,
    WXOpenId: '',
    QQOpenId: '',
    Gender: '',
    Country: '',
    Province: '',
    City: '',
    CreateTime: '',
    UpdateTime: '',
  };
}
