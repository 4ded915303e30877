import { randomBytes } from 'node:crypto';

/** An API key pair the emulator accepts in signatures. */
export interface KeyPair {
  secretId: string;
  secretKey: string;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(length: number): string {
  const bytes = randomBytes(length);
  let text = '';
  for (const byte of bytes) text += alphabet[byte % alphabet.length];
  return text;
}

/**
 * A fresh development key pair shaped like real ones (`AKID` + 32 characters, a 32-character
 * key). It only opens this emulator, which prints it at start so clients can be pointed at it.
 */
export function generateDevKeyPair(): KeyPair {
  return { secretId: `AKID${randomText(32)}`, secretKey: randomText(32) };
}

/**
 * Parses `id:key` pairs separated by commas (the `--key` option and `TCB_EMULATOR_KEYS`).
 * Refuses an entry without a colon or with whitespace inside the id or key; the message names
 * the bad entry by position, never echoing a secret.
 */
export function parseKeyPairs(text: string): KeyPair[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      const at = entry.indexOf(':');
      const secretId = entry.slice(0, at).trim();
      const secretKey = entry.slice(at + 1).trim();
      if (at < 1 || !secretKey) {
        throw new Error(`key pair ${index + 1} is not in the form <secretId>:<secretKey>`);
      }
      // Clients refuse keys with whitespace, so such a pair could never sign a request.
      if (/\s/.test(secretId) || /\s/.test(secretKey)) {
        throw new Error(`key pair ${index + 1} has whitespace inside its secretId or secretKey`);
      }
      return { secretId, secretKey };
    });
}
