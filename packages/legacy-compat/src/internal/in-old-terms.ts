import { isValidationError, ValidationError } from '@org/tcb-user-client';

/**
 * Restates a client `ValidationError` in the words of the old call: its field names (`name`
 * becomes `username`, `uid` becomes `uuid`, ...) and the old method as `action`. Any other
 * error is returned as it is.
 */
export function inOldTerms(
  error: unknown,
  method: string,
  names: Readonly<Record<string, string>>,
): unknown {
  if (!isValidationError(error)) return error;
  const issues = error.issues.map((issue) => ({
    field: renameField(issue.field, names),
    message: issue.message,
  }));
  const restated = new ValidationError(issues, method);
  Object.defineProperty(restated, 'cause', { value: error, configurable: true, writable: true });
  return restated;
}

function renameField(field: string, names: Readonly<Record<string, string>>): string {
  const [head = '', ...rest] = field.split('.');
  const renamed = names[head] ?? head;
  return [renamed, ...rest].join('.');
}

/** Builds the `ValidationError` of an old call refused before anything was sent. */
export function refuse(method: string, field: string, message: string): ValidationError {
  return new ValidationError([{ field, message }], method);
}
