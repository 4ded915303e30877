import {
  createUserOptionsSchema,
  formatFieldIssues,
  toFieldIssues,
  toWireRequest,
} from '@org/tcb-user-contract';
import { newStoredUser, type UserDirectory } from '@org/tcb-user-mock';

/** One line that could not be imported, with the reason as a Tencent Cloud error code. */
export interface ImportFailure {
  line: number;
  code: string;
  message: string;
}

/** What an import did: users imported (their uids in line order) and refused lines. */
export interface ImportReport {
  imported: number;
  failed: ImportFailure[];
  uids: string[];
}

const userFields = [
  'uid',
  'name',
  'type',
  'userStatus',
  'nickName',
  'phone',
  'email',
  'avatarUrl',
  'description',
  'password',
] as const;

function refusal(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'InternalError';
}

function parseLine(raw: string): Record<string, unknown> {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    throw refusal('InvalidParameter', 'not valid JSON');
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw refusal('InvalidParameter', 'a line must be a JSON object');
  }
  return record as Record<string, unknown>;
}

/**
 * Imports users from JSON lines into one environment. A line is either an exported user (it has
 * `passwordHash`; hash and times are kept, the fields checked with the contract's create rules)
 * or `createUser` options (a `password` is hashed as `CreateUser` would). Empty fields mean
 * "none". Each line succeeds or fails alone; a failure names its line (counted from 1, blank
 * lines included), never a password.
 */
export async function importUsers(
  directory: UserDirectory,
  envId: string,
  text: string,
  now: () => number = Date.now,
): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, failed: [], uids: [] };
  for (const [index, raw] of text.split('\n').entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    try {
      report.uids.push(await importOne(directory, envId, parseLine(raw), now));
      report.imported += 1;
    } catch (error) {
      const message = `line ${line}: ${(error as Error).message}`;
      report.failed.push({ line, code: errorCode(error), message });
    }
  }
  return report;
}

function checkOptions(record: Record<string, unknown>) {
  const options: Record<string, unknown> = {};
  for (const field of userFields) {
    if (record[field] !== undefined && record[field] !== '') options[field] = record[field];
  }
  const parsed = createUserOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw refusal('InvalidParameterValue', formatFieldIssues(toFieldIssues(parsed.error)));
  }
  return parsed.data;
}

async function importOne(
  directory: UserDirectory,
  envId: string,
  record: Record<string, unknown>,
  now: () => number,
): Promise<string> {
  const options = checkOptions(record);
  const hash = record.passwordHash;
  if (typeof hash !== 'string' || options.password !== undefined) {
    const created = await directory.perform(
      'CreateUser',
      toWireRequest('CreateUser', envId, options),
    );
    return created.Uid;
  }
  if (!hash.startsWith('pbkdf2-sha256$') && hash !== '') {
    throw refusal('InvalidParameterValue', 'passwordHash is not a pbkdf2-sha256 hash');
  }
  if (options.uid === undefined) {
    throw refusal('MissingParameter', 'an exported user needs its uid');
  }
  const time = now();
  // This branch runs only without a clear-text password: the stored hash is kept as exported.
  const { password: _none, ...fields } = options;
  const user = newStoredUser(
    {
      ...fields,
      uid: options.uid,
      passwordHash: hash,
      createdAt: typeof record.createdAt === 'number' ? record.createdAt : time,
      updatedAt: typeof record.updatedAt === 'number' ? record.updatedAt : time,
    },
    time,
  );
  const outcome = await directory.storage.insert(envId, user);
  if (!outcome.ok && outcome.reason === 'conflict') {
    throw refusal(
      'FailedOperation.DuplicatedData',
      `${outcome.field} is already taken in ${envId}`,
    );
  }
  return user.uid;
}
