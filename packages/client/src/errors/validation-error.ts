import { type FieldIssue, formatFieldIssues } from '@org/tcb-user-contract';
import { brandOf, TcbUserError } from './tcb-user-error.js';

/**
 * The input broke a rule and nothing was sent. `issues` names each field and its rule; the
 * message lists them, never the values.
 */
export class ValidationError extends TcbUserError {
  override readonly name = 'ValidationError';
  /** One entry per broken rule. */
  readonly issues: readonly FieldIssue[];
  /** The action whose options were refused; absent for client options and credentials. */
  readonly action: string | undefined;

  constructor(issues: readonly FieldIssue[], action?: string) {
    const where = action ? `Invalid ${action} options` : 'Invalid client options';
    super('validation', 'ValidationError', `${where}: ${formatFieldIssues(issues)}`);
    this.issues = issues;
    this.action = action;
  }
}

/** Tells whether a value is a `ValidationError` (refused locally, nothing sent). */
export function isValidationError(value: unknown): value is ValidationError {
  return brandOf(value) === 'validation';
}
