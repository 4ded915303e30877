import type { ZodError, ZodIssue } from 'zod';
import { TCB_ERROR_CODES } from './error-codes.js';

/** One broken rule: the field (dotted path, `''` for the whole input) and what it must be. */
export interface FieldIssue {
  /** Dotted path of the field, such as `phone` or `uids.3`; `''` for the input as a whole. */
  field: string;
  /** The rule in plain words, such as `must be 2-64 characters long (got 1)`. */
  message: string;
}

/** Turns zod issues into one `FieldIssue` per broken rule (unknown keys named one by one). */
export function toFieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const field = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: field ? `${field}.${key}` : key,
        message: 'is not a known parameter',
      }));
    }
    return [{ field, message: issue.message }];
  });
}

/** Joins field issues into one line: `name: must ...; phone: must ...`. */
export function formatFieldIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; ');
}

/** The error code and message a service answers a request whose parameters failed a schema. */
export interface ParameterProblem {
  /** `MissingParameter`, `UnknownParameter`, `InvalidParameter` or `InvalidParameterValue`. */
  code:
    | typeof TCB_ERROR_CODES.MissingParameter
    | typeof TCB_ERROR_CODES.UnknownParameter
    | typeof TCB_ERROR_CODES.InvalidParameter
    | typeof TCB_ERROR_CODES.InvalidParameterValue;
  /** The broken rules, in plain words, naming each field. */
  message: string;
}

/**
 * Picks the Tencent Cloud error code for a failed wire-schema check, in the order the service
 * reports them: a missing parameter, then an unknown one, then a wrong type, then a bad value.
 */
export function classifyParameterIssues(error: ZodError): ParameterProblem {
  const missing = error.issues.filter(isMissing);
  if (missing.length > 0) return problem(TCB_ERROR_CODES.MissingParameter, missing);
  const unknown = error.issues.filter((i) => i.code === 'unrecognized_keys');
  if (unknown.length > 0) return problem(TCB_ERROR_CODES.UnknownParameter, unknown);
  const wrongType = error.issues.filter((i) => i.code === 'invalid_type');
  if (wrongType.length > 0) return problem(TCB_ERROR_CODES.InvalidParameter, wrongType);
  return problem(TCB_ERROR_CODES.InvalidParameterValue, error.issues);
}

function isMissing(issue: ZodIssue): boolean {
  return issue.code === 'invalid_type' && issue.received === 'undefined';
}

function problem(code: ParameterProblem['code'], issues: ZodIssue[]): ParameterProblem {
  const fieldIssues = toFieldIssues({ issues } as ZodError);
  return { code, message: formatFieldIssues(fieldIssues) };
}
