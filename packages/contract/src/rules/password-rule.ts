/** Special characters the password rule counts as the fourth character class. */
export const PASSWORD_SPECIAL_CHARACTERS = '()!@#$%^&*|?><_-';

const specialClass = /[()!@#$%^&*|?><_-]/;
const allowedCharacters = /^[A-Za-z0-9()!@#$%^&*|?><_-]*$/;

/** Plain-words statement of the password rule, used in error messages and docs. */
export const PASSWORD_RULE_TEXT =
  'must be 8-32 characters, start with a letter or digit, use only letters, digits and ' +
  `${PASSWORD_SPECIAL_CHARACTERS}, and mix at least 3 of: lowercase, uppercase, digit, special`;

/**
 * Checks a password against the service's rule and returns what is wrong with it, or
 * `undefined` when it is acceptable. The reason is plain words and never repeats the password.
 */
export function explainPasswordProblem(password: string): string | undefined {
  if (password.length < 8 || password.length > 32) {
    return `must be 8-32 characters long (got ${password.length})`;
  }
  if (!/^[A-Za-z0-9]/.test(password)) return 'must start with a letter (A-Z, a-z) or a digit (0-9)';
  if (!allowedCharacters.test(password)) {
    return `may contain only letters, digits and the special characters ${PASSWORD_SPECIAL_CHARACTERS}`;
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, specialClass].filter((c) => c.test(password));
  if (classes.length < 3) {
    return (
      'must mix at least 3 of: lowercase letter, uppercase letter, digit, special character ' +
      `(${PASSWORD_SPECIAL_CHARACTERS}); it has ${classes.length}`
    );
  }
  return undefined;
}
