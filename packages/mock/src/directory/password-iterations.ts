/**
 * PBKDF2-SHA256 iterations used for password hashes when no `passwordIterations` option is
 * given: about 25 ms a hash on one core. Tests that create many users pass 1.
 */
export const DEFAULT_PASSWORD_ITERATIONS = 100_000;
