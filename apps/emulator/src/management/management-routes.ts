import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UserDirectory } from '@org/tcb-user-mock';
import type { SqliteUserStorage } from '../storage/sqlite-user-storage.js';
import { importUsers } from './import-users.js';
import { checkManagementRequest } from './management-guard.js';
import { replaceUsers } from './replace-users.js';

/** What the management routes need from the running emulator. */
export interface ManagementContext {
  directory: UserDirectory;
  /** The SQLite storage behind `directory`, for the all-or-nothing replace. */
  storage: SqliteUserStorage;
  /** PBKDF2 iterations for passwords of imported `createUser` lines. */
  passwordIterations: number;
  envIds: readonly string[];
  /** The current settings, without any secret key. */
  settings: () => Record<string, unknown>;
  /** Users per environment. */
  counts: () => Promise<Record<string, number>>;
  startedAt: number;
  log: (line: string) => void;
}

/** Path prefix of every management route; never a Tencent Cloud API path. */
export const MANAGEMENT_PREFIX = '/__emulator/';

/** Largest management import body, 128 MB (about 300,000 exported users). */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;
const exportPage = 1000;

function decodePath(pathname: string): string[] | undefined {
  try {
    return pathname.slice(MANAGEMENT_PREFIX.length).split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = `${JSON.stringify(value, null, 2)}\n`;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function readText(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the management routes under `/__emulator/` (plain JSON, HTTP status codes, no
 * signature: they are for the person or test that started the emulator on loopback, and
 * `checkManagementRequest` refuses anything else):
 *
 * - `GET health`: status, uptime, users per environment;
 * - `GET settings`: the running settings (key ids only, never keys);
 * - `POST envs/<envId>/reset`: removes every user of one environment;
 * - `GET envs/<envId>/users`: exports the users as JSON lines (hashes and times kept);
 * - `POST envs/<envId>/users`: imports JSON lines line by line, see `importUsers`;
 * - `POST envs/<envId>/users?replace=true`: replaces all users or none, see `replaceUsers`.
 */
export async function handleManagement(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ManagementContext,
): Promise<void> {
  const refusal = checkManagementRequest(req);
  if (refusal) return sendJson(res, refusal.status, { error: refusal.error });
  const url = new URL(req.url ?? '/', 'http://emulator');
  const parts = decodePath(url.pathname);
  if (parts === undefined) {
    return sendJson(res, 400, { error: `bad percent-encoding in ${url.pathname}` });
  }
  const method = req.method ?? 'GET';
  if (parts[0] === 'health' && parts.length === 1 && method === 'GET') {
    const uptimeSeconds = Math.round((Date.now() - ctx.startedAt) / 1000);
    const users = { ...zeroCounts(ctx.envIds), ...(await ctx.counts()) };
    return sendJson(res, 200, { status: 'ok', uptimeSeconds, users });
  }
  if (parts[0] === 'settings' && parts.length === 1 && method === 'GET') {
    return sendJson(res, 200, ctx.settings());
  }
  if (parts[0] === 'envs' && parts.length === 3) {
    const envId = parts[1] ?? '';
    if (!ctx.envIds.includes(envId)) {
      return sendJson(res, 404, { error: `unknown environment ${envId}`, envIds: ctx.envIds });
    }
    if (parts[2] === 'reset' && method === 'POST') {
      const removed = (await ctx.counts())[envId] ?? 0;
      await ctx.directory.storage.clear(envId);
      ctx.log(`reset ${envId}: ${removed} users removed`);
      return sendJson(res, 200, { envId, removed });
    }
    if (parts[2] === 'users' && method === 'GET') return exportUsers(res, ctx, envId);
    if (parts[2] === 'users' && method === 'POST') {
      const text = await readText(req);
      if (text === undefined) {
        return sendJson(res, 413, { error: `import body over ${MAX_IMPORT_BYTES} bytes` });
      }
      if (url.searchParams.get('replace') === 'true') return replace(res, ctx, envId, text);
      const started = performance.now();
      const { imported, failed } = await importUsers(ctx.directory, envId, text);
      const ms = Math.round(performance.now() - started);
      ctx.log(`import ${envId}: ${imported} imported, ${failed.length} failed, ${ms} ms`);
      return sendJson(res, failed.length === 0 ? 200 : 207, { envId, imported, failed });
    }
  }
  return sendJson(res, 404, {
    error: `no management route ${method} ${url.pathname}`,
    routes: [
      'GET /__emulator/health',
      'GET /__emulator/settings',
      'POST /__emulator/envs/<envId>/reset',
      'GET /__emulator/envs/<envId>/users',
      'POST /__emulator/envs/<envId>/users[?replace=true]',
    ],
  });
}

function zeroCounts(envIds: readonly string[]): Record<string, number> {
  return Object.fromEntries(envIds.map((envId) => [envId, 0]));
}

async function replace(res: ServerResponse, ctx: ManagementContext, envId: string, text: string) {
  const started = performance.now();
  let outcome: Awaited<ReturnType<typeof replaceUsers>>;
  try {
    outcome = await replaceUsers(ctx.storage, envId, text, ctx.passwordIterations);
  } catch (error) {
    ctx.log(`replace ${envId} failed, users unchanged: ${(error as Error).message}`);
    const message = `replace failed and was rolled back, ${envId} keeps its users`;
    return sendJson(res, 500, { envId, error: message, detail: (error as Error).message });
  }
  const ms = Math.round(performance.now() - started);
  if (!outcome.replaced) {
    ctx.log(`replace ${envId} refused, users unchanged: ${outcome.failed.length} bad lines`);
    const error = `nothing replaced: ${outcome.failed.length} line(s) refused, ${envId} unchanged`;
    return sendJson(res, 400, { envId, error, imported: 0, failed: outcome.failed });
  }
  ctx.log(`replace ${envId}: ${outcome.imported} users now, ${ms} ms`);
  return sendJson(res, 200, { envId, imported: outcome.imported, failed: [] });
}

async function exportUsers(res: ServerResponse, ctx: ManagementContext, envId: string) {
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
  let count = 0;
  for (let offset = 0; ; offset += exportPage) {
    const page = await ctx.directory.storage.list(envId, { offset, limit: exportPage });
    const text = page.users.map((user) => `${JSON.stringify(user)}\n`).join('');
    if (text !== '' && !res.write(text)) {
      await new Promise<void>((resolve) => res.once('drain', resolve));
    }
    count += page.users.length;
    if (page.users.length < exportPage) break;
  }
  res.end();
  ctx.log(`export ${envId}: ${count} users`);
}
