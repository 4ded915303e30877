import { explainPasswordProblem, PASSWORD_RULE_TEXT } from '@org/tcb-user-contract';

/**
 * The rule the deprecated account actions documented: 8-32 characters holding letters and
 * digits. Only used to tell a caller that a password their old code produced no longer passes.
 */
function metOldRule(password: string): boolean {
  return (
    password.length >= 8 &&
    password.length <= 32 &&
    /[A-Za-z]/.test(password) &&
    /[0-9]/.test(password)
  );
}

/**
 * Explains why the new service would refuse a password, in words that never repeat it, or
 * returns `undefined` when it passes. When it met the old rule, says so and states the new one.
 */
export function explainRefusedPassword(password: string): string | undefined {
  const problem = explainPasswordProblem(password);
  if (!problem) return undefined;
  if (!metOldRule(password)) return `${problem}; the rule: it ${PASSWORD_RULE_TEXT}`;
  return (
    'met the old rule (8-32 characters with letters and digits) but not the new, stricter ' +
    `one: it ${problem}. The new rule: it ${PASSWORD_RULE_TEXT}`
  );
}
