import type { IncomingMessage } from 'node:http';

/** Content types a state-changing management request may carry (a form POST can send neither). */
export const MANAGEMENT_CONTENT_TYPES = ['application/json', 'application/x-ndjson'] as const;

/** Why a management request is refused: HTTP status and a one-line reason. */
export interface ManagementRefusal {
  status: 403 | 415;
  error: string;
}

const loopbackNames = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopbackHost(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  const port = host.slice((name ?? '').length);
  return loopbackNames.has((name ?? '').toLowerCase()) && /^(:\d{1,5})?$/.test(port);
}

function isLoopbackOrigin(origin: string): boolean {
  const match = /^https?:\/\/(.+)$/i.exec(origin);
  return match?.[1] !== undefined && isLoopbackHost(match[1]);
}

/**
 * Checks that a management request comes from this machine and not from a web page: its `Host`
 * must be a loopback name or address (any port), so a DNS-rebinding page cannot read exports;
 * an `Origin`, when sent, must be loopback too; and a state-changing request (any method but
 * GET and HEAD) must declare one of `MANAGEMENT_CONTENT_TYPES`, which a cross-site form cannot.
 * Answers the refusal, or `undefined` when the request may go on.
 */
export function checkManagementRequest(req: IncomingMessage): ManagementRefusal | undefined {
  const host = req.headers.host ?? '';
  if (!isLoopbackHost(host)) {
    return { status: 403, error: 'management routes answer only requests to a loopback Host' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin)) {
    return { status: 403, error: 'management routes refuse requests from a non-loopback Origin' };
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return undefined;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!(MANAGEMENT_CONTENT_TYPES as readonly string[]).includes(type)) {
    return {
      status: 415,
      error: `a ${method} to a management route needs content-type ${MANAGEMENT_CONTENT_TYPES.join(' or ')}`,
    };
  }
  return undefined;
}
