import { createInterface } from 'node:readline/promises';
import type { CliIo } from './cli-io.js';

/**
 * Asks a yes/no question on stderr and reads the answer from stdin. Only `y` or `yes` (any
 * case) counts as yes; an empty answer or the end of input is no.
 */
export async function confirm(io: CliIo, question: string): Promise<boolean> {
  const prompt = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  try {
    io.stderr.write(`${question} [y/N] `);
    const answer = await new Promise<string>((resolve) => {
      prompt.once('line', resolve);
      prompt.once('close', () => resolve(''));
    });
    return /^\s*y(es)?\s*$/i.test(answer);
  } finally {
    prompt.close();
  }
}
