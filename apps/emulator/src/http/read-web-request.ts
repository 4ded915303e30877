import type { IncomingMessage } from 'node:http';

/** The result of reading a request: a WHATWG `Request`, or a body that went over the limit. */
export type ReadOutcome = { ok: true; request: Request } | { ok: false; reason: 'too-large' };

/**
 * Reads a `node:http` request into a WHATWG `Request`. The Host header is kept as sent (the
 * signature covers it). The body is buffered up to `maxBytes`; past that the rest is thrown away
 * unread into memory, and after `maxBytes` more the connection is cut, so a huge or endless
 * upload costs neither memory nor much time.
 */
export function readWebRequest(
  incoming: IncomingMessage,
  origin: string,
  maxBytes: number,
): Promise<ReadOutcome> {
  return new Promise((resolve, reject) => {
    const declared = Number(incoming.headers['content-length'] ?? 0);
    let size = 0;
    let over = declared > maxBytes;
    const chunks: Buffer[] = [];
    if (over) resolve({ ok: false, reason: 'too-large' });
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (over) {
        if (size > 2 * maxBytes) incoming.socket.destroy();
        return;
      }
      if (size > maxBytes) {
        over = true;
        chunks.length = 0;
        resolve({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    incoming.on('error', reject);
    incoming.on('end', () => {
      if (over) return;
      try {
        resolve({ ok: true, request: toRequest(incoming, origin, Buffer.concat(chunks, size)) });
      } catch (error) {
        reject(error);
      }
    });
  });
}

function toRequest(incoming: IncomingMessage, origin: string, body: Buffer): Request {
  const headers = new Headers();
  for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
    const name = incoming.rawHeaders[i];
    const value = incoming.rawHeaders[i + 1];
    if (name !== undefined && value !== undefined) headers.append(name, value);
  }
  const method = incoming.method ?? 'GET';
  const init: RequestInit = { method, headers };
  if (method !== 'GET' && method !== 'HEAD') init.body = new Uint8Array(body);
  const path = (incoming.url ?? '/').startsWith('/') ? (incoming.url ?? '/') : '/';
  return new Request(new URL(path, origin), init);
}
