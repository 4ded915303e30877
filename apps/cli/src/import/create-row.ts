import { isApiError, isTransportError, type Pacer, type TcbUserClient } from '@org/tcb-user-client';
import { TCB_ERROR_CODES } from '@org/tcb-user-contract';
import { findUserByName } from './find-user-by-name.js';
import type { ImportOutcome } from './import-outcome.js';
import { redact } from './redact.js';
import type { ValidRow } from './validate-rows.js';

/** Attempts at creating one row whose answers were lost (timeouts, broken connections). */
export const CREATE_ATTEMPTS = 3;

/**
 * Creates one row and settles every doubt by name: a duplicate whose name exists is a user an
 * earlier run created (skipped); a lost answer is checked by name before trying again, because
 * a create without a uid is not safe to repeat blindly (the client does not retry it).
 */
export async function createRow(
  client: Pick<TcbUserClient, 'createUser' | 'iterateUsers'>,
  pacer: Pacer,
  row: ValidRow,
): Promise<ImportOutcome> {
  const { line } = row;
  const name = row.options.name;
  for (let attempt = 1; ; attempt++) {
    try {
      await pacer.wait();
      const answer = await client.createUser(row.options);
      return { line, name, status: 'created', uid: answer.Data.Uid };
    } catch (error) {
      if (isApiError(error) && error.code === TCB_ERROR_CODES.DuplicatedData) {
        return settleDuplicate(client, pacer, row);
      }
      if (!isTransportError(error) || error.reason === 'aborted') return failed(row, error);
      const existing = await findUserByName(client, pacer, name).catch(() => undefined);
      if (existing) return { line, name, status: 'created', uid: existing.Uid };
      if (attempt >= CREATE_ATTEMPTS) return failed(row, error);
    }
  }
}

async function settleDuplicate(
  client: Pick<TcbUserClient, 'iterateUsers'>,
  pacer: Pacer,
  row: ValidRow,
): Promise<ImportOutcome> {
  const { line } = row;
  const name = row.options.name;
  try {
    const existing = await findUserByName(client, pacer, name);
    if (existing) return { line, name, status: 'skipped', uid: existing.Uid, reason: 'exists' };
  } catch (error) {
    return failed(row, error);
  }
  const message = 'the uid, phone or email is already used by another user';
  return { line, name, status: 'failed', code: TCB_ERROR_CODES.DuplicatedData, message };
}

function failed(row: ValidRow, error: unknown): ImportOutcome {
  const code = (error as { code?: unknown }).code;
  const text = isApiError(error) ? error.serviceMessage : (error as Error).message;
  return {
    line: row.line,
    name: row.options.name,
    status: 'failed',
    code: typeof code === 'string' ? code : 'Error',
    message: redact(String(text), [row.options.password]),
  };
}
