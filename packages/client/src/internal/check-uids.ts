import { ValidationError } from '../errors/validation-error.js';

/**
 * Checks the uid list a bulk helper was given, before anything is sent: a list of non-empty
 * strings (a string would otherwise be read as its characters). Throws a `ValidationError`
 * naming `uids`.
 */
export function checkUids(uids: unknown, helper: string): readonly string[] {
  if (Array.isArray(uids) && uids.every((uid) => typeof uid === 'string' && uid !== '')) {
    return uids;
  }
  throw new ValidationError([{ field: 'uids', message: 'must be a list of uid strings' }], helper);
}
