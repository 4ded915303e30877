import type { Database } from 'better-sqlite3';

/** Version of the table layout below, kept in `PRAGMA user_version`. */
export const SCHEMA_VERSION = 1;

// One table for every environment. Users are listed by creation time, then by `seq` (the rowid,
// which only grows) for equal times. `users_env_order` holds that order plus the four filter
// columns, so the in-memory filter index of an environment is loaded from one narrow index;
// `users_env_time` is the same order without the filter columns, so skipping to a deep
// unfiltered page reads as little as possible. Uniqueness lives in the database (unique indexes,
// partial ones for phone and email since empty values do not count), so it holds whatever the
// timing.
// `env_stats` keeps each environment's user count current through triggers, which makes the
// total of an unfiltered list free at any size.
const ddl = `
CREATE TABLE IF NOT EXISTS users (
  seq INTEGER PRIMARY KEY,
  env_id TEXT NOT NULL,
  uid TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  user_status TEXT NOT NULL,
  nick_name TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  avatar_url TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS users_uid ON users (env_id, uid);
CREATE UNIQUE INDEX IF NOT EXISTS users_name ON users (env_id, name);
CREATE UNIQUE INDEX IF NOT EXISTS users_phone ON users (env_id, phone) WHERE phone <> '';
CREATE UNIQUE INDEX IF NOT EXISTS users_email ON users (env_id, email) WHERE email <> '';
CREATE INDEX IF NOT EXISTS users_env_time ON users (env_id, created_at, seq);
CREATE INDEX IF NOT EXISTS users_env_order
  ON users (env_id, created_at, seq, name, nick_name, phone, email);
CREATE TABLE IF NOT EXISTS env_stats (
  env_id TEXT PRIMARY KEY,
  user_count INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS users_counted_in AFTER INSERT ON users BEGIN
  INSERT INTO env_stats (env_id, user_count) VALUES (NEW.env_id, 1)
    ON CONFLICT (env_id) DO UPDATE SET user_count = user_count + 1;
END;
CREATE TRIGGER IF NOT EXISTS users_counted_out AFTER DELETE ON users BEGIN
  UPDATE env_stats SET user_count = user_count - 1 WHERE env_id = OLD.env_id;
END;
`;

/**
 * Prepares a database for user storage: WAL journal (readers never wait for the writer),
 * `synchronous=NORMAL` (durable at each checkpoint, safe against corruption), and the tables.
 * Refuses a file written by a newer layout rather than guessing.
 */
export function applySqliteSchema(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `The data file was written by a newer emulator (layout ${version}, this one reads up to ` +
        `${SCHEMA_VERSION}). Use a newer emulator or another data folder.`,
    );
  }
  db.exec(ddl);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}
