import type { StoredUser } from '@org/tcb-user-mock';

/** A `users` row as SQLite returns it. */
export interface UserRow {
  uid: string;
  name: string;
  type: string;
  user_status: string;
  nick_name: string;
  phone: string;
  email: string;
  avatar_url: string;
  description: string;
  password_hash: string;
  created_at: number;
  updated_at: number;
}

/** The column list every read selects, in `UserRow` order. */
export const USER_COLUMNS =
  'uid, name, type, user_status, nick_name, phone, email, avatar_url, description, ' +
  'password_hash, created_at, updated_at';

/** Maps each writable `StoredUser` field to its column. */
export const COLUMN_OF = {
  uid: 'uid',
  name: 'name',
  type: 'type',
  userStatus: 'user_status',
  nickName: 'nick_name',
  phone: 'phone',
  email: 'email',
  avatarUrl: 'avatar_url',
  description: 'description',
  passwordHash: 'password_hash',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const satisfies Record<keyof StoredUser, string>;

/** Turns a row back into the directory's user shape. */
export function fromUserRow(row: UserRow): StoredUser {
  return {
    uid: row.uid,
    name: row.name,
    type: row.type === 'externalUser' ? 'externalUser' : 'internalUser',
    userStatus: row.user_status === 'BLOCKED' ? 'BLOCKED' : 'ACTIVE',
    nickName: row.nick_name,
    phone: row.phone,
    email: row.email,
    avatarUrl: row.avatar_url,
    description: row.description,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Turns a user into named parameters for an insert. */
export function toUserParams(envId: string, user: StoredUser): Record<string, string | number> {
  return {
    env_id: envId,
    uid: user.uid,
    name: user.name,
    type: user.type,
    user_status: user.userStatus,
    nick_name: user.nickName,
    phone: user.phone,
    email: user.email,
    avatar_url: user.avatarUrl,
    description: user.description,
    password_hash: user.passwordHash,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  };
}
