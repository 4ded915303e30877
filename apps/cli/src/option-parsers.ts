import { InvalidArgumentError } from 'commander';

/** Parses an option value as a whole number of at least 1, or refuses it as a usage error. */
export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1) {
    throw new InvalidArgumentError('must be a whole number of at least 1.');
  }
  if (!Number.isSafeInteger(number)) {
    throw new InvalidArgumentError(`is too large (at most ${Number.MAX_SAFE_INTEGER}).`);
  }
  return number;
}

/** Parses a request rate (requests per second, at least 1), or refuses it as a usage error. */
export function parseRate(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 1) {
    throw new InvalidArgumentError('must be a number of requests per second, at least 1.');
  }
  return number;
}
