/** A user as the directory stores it. Every text field is `''` when unset. */
export interface StoredUser {
  uid: string;
  name: string;
  type: 'internalUser' | 'externalUser';
  userStatus: 'ACTIVE' | 'BLOCKED';
  nickName: string;
  phone: string;
  email: string;
  avatarUrl: string;
  description: string;
  /** Salted password hash (`pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>`), `''` if none. */
  passwordHash: string;
  /** Creation time, ms since the Unix epoch. */
  createdAt: number;
  /** Last change, ms since the Unix epoch. */
  updatedAt: number;
}

/** The fields that must be unique in an environment. Empty phone and email are not compared. */
export type UniqueField = 'uid' | 'name' | 'phone' | 'email';

/** A page of users matching a filter, with the total of matches before paging. */
export interface UserPage {
  total: number;
  users: StoredUser[];
}

/**
 * A user query: case-sensitive substring filters combined with AND, an optional uid list, and
 * a window over the matches in creation order (oldest first, stable).
 */
export interface UserQuery {
  name?: string;
  nickName?: string;
  phone?: string;
  email?: string;
  uids?: readonly string[];
  offset: number;
  limit: number;
}

/** The outcome of a write: done, refused because a unique field is taken, or no such user. */
export type WriteOutcome =
  | { ok: true }
  | { ok: false; reason: 'conflict'; field: UniqueField }
  | { ok: false; reason: 'missing' };

/** The changes a modify applies; absent keys stay as they are. */
export type UserPatch = Partial<Omit<StoredUser, 'uid' | 'createdAt'>>;

/**
 * Where the directory keeps users, one namespace per environment. Each write is atomic and
 * checks uniqueness itself, so concurrent creates of one name can never both succeed. The
 * in-memory storage lives in this package; the emulator adds SQLite behind the same interface,
 * and one conformance suite runs against both.
 */
export interface UserStorage {
  /** Adds a user unless its uid, name, phone or email is taken. */
  insert(envId: string, user: StoredUser): Promise<WriteOutcome>;
  /** Applies a patch to one user unless the uid is unknown or a unique field would clash. */
  update(envId: string, uid: string, patch: UserPatch): Promise<WriteOutcome>;
  /** One user by uid. */
  get(envId: string, uid: string): Promise<StoredUser | undefined>;
  /** Users matching the query, in creation order, windowed, with the total of matches. */
  list(envId: string, query: UserQuery): Promise<UserPage>;
  /** Removes the listed users that exist; returns the uids removed. */
  remove(envId: string, uids: readonly string[]): Promise<string[]>;
  /** Removes every user of one environment, or of all when `envId` is absent. */
  clear(envId?: string): Promise<void>;
  /** Releases resources (closes a database); the storage is unusable afterwards. */
  close(): Promise<void>;
}
