import { formatFieldIssues, toFieldIssues } from '@org/tcb-user-contract';
import { CliError } from './cli-error.js';
import { EXIT_CODES } from './exit-codes.js';

type SchemaError = Parameters<typeof toFieldIssues>[0];

/** The part of a contract schema `checkOptions` uses. */
export interface OptionsSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: SchemaError };
}

/**
 * Checks options against one of the contract's schemas before any credential or network work,
 * so a bad value is reported (exit code 3) even without a target. Messages name fields, never
 * values.
 */
export function checkOptions<T>(schema: OptionsSchema<T>, options: unknown): T {
  const result = schema.safeParse(options);
  if (result.success) return result.data;
  const issues = formatFieldIssues(toFieldIssues(result.error));
  throw new CliError(EXIT_CODES.invalid, `Invalid input: ${issues}`);
}
