import type { Writable } from 'node:stream';

/** Writes one pretty-printed JSON document and a newline: what `--json` prints on stdout. */
export function writeJson(stream: Writable, value: unknown): void {
  stream.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes one line of text, adding the newline. */
export function writeLine(stream: Writable, text: string): void {
  stream.write(`${text}\n`);
}
