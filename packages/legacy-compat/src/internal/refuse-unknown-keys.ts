import { ValidationError } from '@org/tcb-user-client';

/**
 * Refuses an old call's options that carry a key the call does not know (a misspelt `nickname`,
 * a `nickName` passed to `createEndUser`), before anything is sent: silently dropping it would
 * report success while the value is lost. Options that are not an object are left to the
 * call's own checks.
 */
export function refuseUnknownKeys(
  method: string,
  options: unknown,
  known: readonly string[],
): void {
  if (typeof options !== 'object' || options === null) return;
  const unknown = Object.keys(options).filter((key) => !known.includes(key));
  if (unknown.length === 0) return;
  const message = `is not an option of ${method} (it takes ${known.join(', ')})`;
  throw new ValidationError(
    unknown.map((field) => ({ field, message })),
    method,
  );
}
