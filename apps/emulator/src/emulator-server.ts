import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { TCB_ERROR_CODES, TCB_USER_LIMITS } from '@org/tcb-user-contract';
import type { TcbUserService } from '@org/tcb-user-mock';
import { errorEnvelope } from './http/error-envelope.js';
import { readWebRequest } from './http/read-web-request.js';
import { writeWebResponse } from './http/write-web-response.js';
import {
  handleManagement,
  MANAGEMENT_PREFIX,
  type ManagementContext,
} from './management/management-routes.js';

/** What the HTTP front needs: the service that applies the rules, and the management context. */
export interface EmulatorServerParts {
  service: TcbUserService;
  management: ManagementContext;
  log: (line: string) => void;
  logRequests: boolean;
}

function outcomeOf(body: Buffer): string {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as {
      Response?: { Error?: { Code?: string } };
    };
    return parsed.Response?.Error?.Code ?? 'ok';
  } catch {
    return 'unreadable answer';
  }
}

/**
 * The `node:http` front of the emulator: management routes first, then every other request is
 * read (at most 10 MB), turned into a WHATWG `Request` and answered by the mock package's
 * service, which holds all the rules. Whatever goes wrong, the client gets a JSON envelope and
 * the process keeps running. Keep-alive stays on.
 */
export function createEmulatorServer(parts: EmulatorServerParts): Server {
  const { service, management, log, logRequests } = parts;

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    if ((req.url ?? '').startsWith(MANAGEMENT_PREFIX)) {
      await handleManagement(req, res, management);
      return;
    }
    const address = req.socket.localAddress ?? '127.0.0.1';
    const origin = `http://${address.includes(':') ? `[${address}]` : address}`;
    const read = await readWebRequest(req, origin, TCB_USER_LIMITS.maxBodyBytes);
    let response: Response;
    if (read.ok) {
      response = await service.handle(read.request);
    } else {
      res.setHeader('connection', 'close');
      response = errorEnvelope(
        TCB_ERROR_CODES.RequestSizeLimitExceeded,
        `The request body is over ${TCB_USER_LIMITS.maxBodyBytes} bytes`,
      );
    }
    const body = await writeWebResponse(response, res);
    if (logRequests) {
      const action = req.headers['x-tc-action'] ?? '(no action)';
      const ms = (performance.now() - started).toFixed(1);
      log(`${req.method} ${action} -> ${outcomeOf(body)} in ${ms} ms`);
    }
  }

  const server = createServer({ keepAlive: true }, (req, res) => {
    answer(req, res).catch((error: unknown) => {
      log(`request failed inside the emulator: ${(error as Error)?.message ?? String(error)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const response = errorEnvelope(
        TCB_ERROR_CODES.InternalError,
        'The emulator failed to answer',
      );
      writeWebResponse(response, res).catch(() => res.destroy());
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}
