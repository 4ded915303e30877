import { createUserOptionsSchema, formatFieldIssues, toFieldIssues } from '@org/tcb-user-contract';
import type { StoredUser, UserDirectory } from '@org/tcb-user-mock';

/** One line that could not be imported, with the reason as a Tencent Cloud error code. */
export interface ImportFailure {
  line: number;
  code: string;
  message: string;
}

/** What an import did. */
export interface ImportReport {
  imported: number;
  failed: ImportFailure[];
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

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'InternalError';
}

/**
 * Imports users from JSON lines into one environment. A line is either an exported user (it has
 * `passwordHash`; hash and times are kept, the fields checked with the contract's create rules)
 * or `createUser` options (a `password` is hashed as `CreateUser` would). Empty fields mean
 * "none". Each line succeeds or fails alone; failures name the line, never a password.
 */
export async function importUsers(
  directory: UserDirectory,
  envId: string,
  text: string,
  now: () => number = Date.now,
): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, failed: [] };
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    try {
      const record = JSON.parse(raw) as Record<string, unknown>;
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        throw Object.assign(new Error('a line must be a JSON object'), {
          code: 'InvalidParameter',
        });
      }
      await importOne(directory, envId, record, now);
      report.imported += 1;
    } catch (error) {
      const message = error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message;
      const code = error instanceof SyntaxError ? 'InvalidParameter' : errorCode(error);
      report.failed.push({ line, code, message });
    }
  }
  return report;
}

async function importOne(
  directory: UserDirectory,
  envId: string,
  record: Record<string, unknown>,
  now: () => number,
): Promise<void> {
  const options: Record<string, unknown> = {};
  for (const field of userFields) {
    if (record[field] !== undefined && record[field] !== '') options[field] = record[field];
  }
  const hash = record.passwordHash;
  if (typeof hash !== 'string' || options.password !== undefined) {
    await directory.seed([{ ...(options as { name: string }), envId }]);
    return;
  }
  const parsed = createUserOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const message = formatFieldIssues(toFieldIssues(parsed.error));
    throw Object.assign(new Error(message), { code: 'InvalidParameterValue' });
  }
  if (!hash.startsWith('pbkdf2-sha256$') && hash !== '') {
    throw Object.assign(new Error('passwordHash is not a pbkdf2-sha256 hash'), {
      code: 'InvalidParameterValue',
    });
  }
  if (parsed.data.uid === undefined) {
    throw Object.assign(new Error('an exported user needs its uid'), { code: 'MissingParameter' });
  }
  const time = now();
  const user: StoredUser = {
    uid: parsed.data.uid,
    name: parsed.data.name,
    type: parsed.data.type ?? 'internalUser',
    userStatus: parsed.data.userStatus ?? 'ACTIVE',
    nickName: parsed.data.nickName ?? '',
    phone: parsed.data.phone ?? '',
    email: parsed.data.email ?? '',
    avatarUrl: parsed.data.avatarUrl ?? '',
    description: parsed.data.description ?? '',
    passwordHash: hash,
    createdAt: typeof record.createdAt === 'number' ? record.createdAt : time,
    updatedAt: typeof record.updatedAt === 'number' ? record.updatedAt : time,
  };
  const outcome = await directory.storage.insert(envId, user);
  if (!outcome.ok && outcome.reason === 'conflict') {
    throw Object.assign(new Error(`${outcome.field} is already taken in ${envId}`), {
      code: 'FailedOperation.DuplicatedData',
    });
  }
}
