/**
 * Replaces every occurrence of the given secrets in a text with `***`, as a last guard before a
 * service message is printed (a row's password must never reach the terminal).
 */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('***');
  return out;
}
