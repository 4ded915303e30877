import type { ServerResponse } from 'node:http';

/** Writes a WHATWG `Response` to a `node:http` response in one piece; answers the body bytes. */
export async function writeWebResponse(
  response: Response,
  outgoing: ServerResponse,
): Promise<Buffer> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['content-length'] = String(body.length);
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
  return body;
}
