import type { StoredUser } from './user-storage.js';

/** The fields a new user is made from: uid and name, the rest optional (absent: the default). */
export type NewUserFields = Pick<StoredUser, 'uid' | 'name'> & {
  [K in Exclude<keyof StoredUser, 'uid' | 'name'>]?: StoredUser[K] | undefined;
};

/**
 * Builds a stored user with the service's defaults for what is absent: type `internalUser`,
 * status `ACTIVE`, empty text fields and no password; both times default to `now` (ms).
 */
export function newStoredUser(fields: NewUserFields, now: number): StoredUser {
  const user: StoredUser = {
    uid: fields.uid,
    name: fields.name,
    type: 'internalUser',
    userStatus: 'ACTIVE',
    nickName: '',
    phone: '',
    email: '',
    avatarUrl: '',
    description: '',
    passwordHash: '',
    createdAt: now,
    updatedAt: now,
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(user, { [key]: value });
  }
  return user;
}
