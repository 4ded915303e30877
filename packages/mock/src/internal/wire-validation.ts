import {
  classifyParameterIssues,
  type UserAction,
  WIRE_REQUEST_SCHEMAS,
} from '@org/tcb-user-contract';
import { TcbServiceError } from '../service/tcb-service-error.js';

/** The parsed wire parameters of an action (defaults applied, types narrowed). */
export type WireParams<A extends UserAction> = (typeof WIRE_REQUEST_SCHEMAS)[A]['_output'];

type SchemaError = Parameters<typeof classifyParameterIssues>[0];

/**
 * Checks parameters against the contract's wire schema of an action and answers them parsed,
 * or throws the `MissingParameter` / `UnknownParameter` / `InvalidParameter` /
 * `InvalidParameterValue` refusal the service gives. `rename` maps wire field names to the
 * names the caller used, so a deprecated action's errors name its own parameters.
 */
export function validateWire<A extends UserAction>(
  action: A,
  params: unknown,
  rename: Readonly<Record<string, string>> = {},
): WireParams<A> {
  const result = WIRE_REQUEST_SCHEMAS[action].safeParse(params);
  if (result.success) return result.data as WireParams<A>;
  const issues = result.error.issues.map((issue) => {
    const [head, ...rest] = issue.path;
    const renamed = typeof head === 'string' ? rename[head] : undefined;
    return renamed === undefined ? issue : { ...issue, path: [renamed, ...rest] };
  });
  const problem = classifyParameterIssues({ issues } as unknown as SchemaError);
  throw new TcbServiceError(problem.code, problem.message);
}
