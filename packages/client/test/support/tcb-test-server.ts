import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseTc3Authorization, signTc3, webCryptoHashProvider } from '@org/tcb-user-contract';

/** One request as the test server received it. */
export interface ReceivedRequest {
  action: string;
  /** The request target as sent: path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  body: Record<string, unknown>;
  /** Whether the Authorization header matches a signature recomputed with the known secret. */
  signatureValid: boolean;
}

/** What a handler answers: a JSON value (wrapped as is) or raw text, with an optional status. */
export type Answer = { status?: number; json?: unknown; text?: string; delayMs?: number };

export type Handler = (request: ReceivedRequest, index: number) => Answer | Promise<Answer>;

export interface TestServer {
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** Known test credentials. */
export const TEST_SECRET_ID = 'AKIDtestsecretid0000000000000000';
export const TEST_SECRET_KEY = 'test-secret-key-Zq81hV0pQw93Lm';

/** Starts a loopback server that records requests, checks signatures and answers via `handler`. */
export async function startTestServer(
  handler: Handler,
  secretKey = TEST_SECRET_KEY,
): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const received: ReceivedRequest = {
        action: String(req.headers['x-tc-action'] ?? ''),
        url: req.url ?? '',
        headers: req.headers,
        rawBody,
        body: safeJson(rawBody),
        signatureValid: await verify(req.url ?? '/', req.headers, rawBody, secretKey),
      };
      requests.push(received);
      const answer = await handler(received, requests.length - 1);
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      const text = answer.text ?? JSON.stringify(answer.json);
      res.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json' });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeJson(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

// Recomputes the signature over the path and query the request arrived at, as a gateway would.
async function verify(
  target: string,
  headers: IncomingHttpHeaders,
  body: string,
  secretKey: string,
): Promise<boolean> {
  const auth = parseTc3Authorization(headers.authorization);
  if (!auth) return false;
  const host = String(headers.host ?? '').replace(/:\d+$/, '');
  const signed: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    signed[name] = name === 'host' ? host : String(headers[name] ?? '');
  }
  const expected = await signTc3(webCryptoHashProvider, {
    secretId: auth.secretId,
    secretKey,
    service: auth.service,
    timestamp: Number(headers['x-tc-timestamp']),
    body,
    headers: signed,
    path: target.split('?')[0] ?? '/',
    query: target.split('?').slice(1).join('?'),
  });
  return expected.signature === auth.signature;
}

/** A success envelope with the given data. */
export function ok(data: unknown, requestId = 'req-ok'): Answer {
  return { json: { Response: { Data: data, RequestId: requestId } } };
}

/** An error envelope. */
export function fail(code: string, message: string, requestId = 'req-err'): Answer {
  return { json: { Response: { Error: { Code: code, Message: message }, RequestId: requestId } } };
}
