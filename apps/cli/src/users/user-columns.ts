import type { User } from '@org/tcb-user-contract';

/**
 * Columns of an exported user, in file order. They are the `createUser` option names, so an
 * exported file imports back as is (passwords are never exported: the service does not return
 * them).
 */
export const USER_COLUMNS = [
  'uid',
  'name',
  'type',
  'userStatus',
  'nickName',
  'phone',
  'email',
  'avatarUrl',
  'description',
] as const;

/** One exported column name. */
export type UserColumn = (typeof USER_COLUMNS)[number];

/** A user with camelCase fields, as the CLI prints and exports it. */
export type UserRecord = Record<UserColumn, string>;

/** Turns a user as the service returns it (PascalCase) into the CLI's camelCase record. */
export function toUserRecord(user: User): UserRecord {
  return {
    uid: user.Uid,
    name: user.Name,
    type: user.Type,
    userStatus: user.UserStatus,
    nickName: user.NickName,
    phone: user.Phone,
    email: user.Email,
    avatarUrl: user.AvatarUrl,
    description: user.Description,
  };
}
