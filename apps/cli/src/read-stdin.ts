import type { Readable } from 'node:stream';

/** Reads a stream to its end as UTF-8 text. */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a password piped on stdin (`--password-stdin`), without its trailing newline. */
export async function readPasswordFromStdin(stream: Readable): Promise<string> {
  return (await readAll(stream)).replace(/\r?\n$/, '');
}
