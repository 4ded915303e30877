import type {
  StoredUser,
  UniqueField,
  UserPage,
  UserPatch,
  UserQuery,
  UserStorage,
  WriteOutcome,
} from './user-storage.js';

interface Entry {
  user: StoredUser;
  /** Insertion sequence: breaks ties between users created in the same millisecond. */
  seq: number;
}

/** The users of one environment, with an index per unique field. */
interface Namespace {
  byUid: Map<string, Entry>;
  uidBy: Record<Exclude<UniqueField, 'uid'>, Map<string, string>>;
}

const indexedFields = ['name', 'phone', 'email'] as const;

function createNamespace(): Namespace {
  return { byUid: new Map(), uidBy: { name: new Map(), phone: new Map(), email: new Map() } };
}

function copy(user: StoredUser): StoredUser {
  return { ...user };
}

/**
 * Creates a storage that keeps users in memory, one namespace per environment. It runs in
 * browsers and Node alike. Every write checks and applies in one synchronous step, so concurrent
 * requests can never both take the same name, phone, email or uid.
 */
export function createMemoryUserStorage(): UserStorage {
  const namespaces = new Map<string, Namespace>();
  let sequence = 0;
  let closed = false;

  function space(envId: string): Namespace {
    if (closed) throw new Error('The user storage is closed');
    let found = namespaces.get(envId);
    if (!found) {
      found = createNamespace();
      namespaces.set(envId, found);
    }
    return found;
  }

  function takenField(ns: Namespace, user: StoredUser, self?: string): UniqueField | undefined {
    for (const field of indexedFields) {
      const value = user[field];
      // Empty phone and email mean "none"; the name is never empty.
      if (value === '') continue;
      const owner = ns.uidBy[field].get(value);
      if (owner !== undefined && owner !== self) return field;
    }
    return undefined;
  }

  function index(ns: Namespace, user: StoredUser): void {
    for (const field of indexedFields) {
      if (user[field] !== '') ns.uidBy[field].set(user[field], user.uid);
    }
  }

  function unindex(ns: Namespace, user: StoredUser): void {
    for (const field of indexedFields) {
      if (ns.uidBy[field].get(user[field]) === user.uid) ns.uidBy[field].delete(user[field]);
    }
  }

  function matches(user: StoredUser, query: UserQuery, uids?: ReadonlySet<string>): boolean {
    if (uids && !uids.has(user.uid)) return false;
    if (query.name !== undefined && !user.name.includes(query.name)) return false;
    if (query.nickName !== undefined && !user.nickName.includes(query.nickName)) return false;
    if (query.phone !== undefined && !user.phone.includes(query.phone)) return false;
    return query.email === undefined || user.email.includes(query.email);
  }

  return {
    async insert(envId, user): Promise<WriteOutcome> {
      const ns = space(envId);
      if (ns.byUid.has(user.uid)) return { ok: false, reason: 'conflict', field: 'uid' };
      const field = takenField(ns, user);
      if (field) return { ok: false, reason: 'conflict', field };
      sequence += 1;
      ns.byUid.set(user.uid, { user: copy(user), seq: sequence });
      index(ns, user);
      return { ok: true };
    },

    async update(envId, uid, patch: UserPatch): Promise<WriteOutcome> {
      const ns = space(envId);
      const entry = ns.byUid.get(uid);
      if (!entry) return { ok: false, reason: 'missing' };
      const next: StoredUser = { ...entry.user, ...patch, uid, createdAt: entry.user.createdAt };
      const field = takenField(ns, next, uid);
      if (field) return { ok: false, reason: 'conflict', field };
      unindex(ns, entry.user);
      entry.user = next;
      index(ns, next);
      return { ok: true };
    },

    async get(envId, uid) {
      const entry = space(envId).byUid.get(uid);
      return entry ? copy(entry.user) : undefined;
    },

    async list(envId, query): Promise<UserPage> {
      const uids = query.uids ? new Set(query.uids) : undefined;
      const found = [...space(envId).byUid.values()]
        .filter((entry) => matches(entry.user, query, uids))
        .sort((a, b) => a.user.createdAt - b.user.createdAt || a.seq - b.seq);
      const window = found.slice(query.offset, query.offset + query.limit);
      return { total: found.length, users: window.map((entry) => copy(entry.user)) };
    },

    async remove(envId, uids) {
      const ns = space(envId);
      const removed: string[] = [];
      for (const uid of uids) {
        const entry = ns.byUid.get(uid);
        if (!entry) continue;
        unindex(ns, entry.user);
        ns.byUid.delete(uid);
        removed.push(uid);
      }
      return removed;
    },

    async clear(envId) {
      if (closed) throw new Error('The user storage is closed');
      if (envId === undefined) namespaces.clear();
      else namespaces.delete(envId);
    },

    async close() {
      closed = true;
      namespaces.clear();
    },
  };
}
