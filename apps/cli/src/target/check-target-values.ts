import { CliError } from '../cli-error.js';
import { EXIT_CODES } from '../exit-codes.js';

/** Where the endpoint came from, as the user would name it. */
export type EndpointSource = '--endpoint' | 'TCB_BASE_URL';

/**
 * Refuses an endpoint that is not an absolute http(s) URL, naming the option or variable it
 * came from. A bad argument, so exit code 2, not a credentials problem.
 */
export function checkEndpoint(endpoint: string, source: EndpointSource): void {
  let protocol = '';
  try {
    protocol = new URL(endpoint).protocol;
  } catch {
    // Not a URL at all; reported below like any other non-http(s) value.
  }
  if (protocol === 'http:' || protocol === 'https:') return;
  throw new CliError(
    EXIT_CODES.usage,
    `${source} must be an absolute http(s) URL, such as http://127.0.0.1:4400/.`,
  );
}

/**
 * Refuses a credential variable holding whitespace (a stray space or line break from copying),
 * naming the variable and never its value. Exit code 5, like missing credentials.
 */
export function checkCredential(name: string, value: string): void {
  if (!/\s/.test(value)) return;
  throw new CliError(
    EXIT_CODES.config,
    `The environment variable ${name} contains whitespace (look for a stray space or line break).`,
  );
}
