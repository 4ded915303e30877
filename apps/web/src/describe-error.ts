import { isApiError, isTransportError, isValidationError } from '@org/tcb-user-client';

/**
 * Turns a failed call into one line for the page. The client's messages never carry keys or
 * signatures, so they are safe to show; anything else gets a fixed text.
 */
export function describeError(error: unknown): string {
  if (isApiError(error))
    return `The service refused the request: ${error.serviceMessage} (${error.code})`;
  if (isValidationError(error)) return `Some values are not valid: ${error.message}`;
  if (isTransportError(error)) return `The service could not be reached: ${error.message}`;
  return 'Something unexpected went wrong.';
}
