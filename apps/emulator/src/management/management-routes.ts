import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UserDirectory } from '@org/tcb-user-mock';
import { importUsers } from './import-users.js';

/** What the management routes need from the running emulator. */
export interface ManagementContext {
  directory: UserDirectory;
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

const maxImportBytes = 512 * 1024 * 1024;
const exportPage = 1000;

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
    if (size > maxImportBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the management routes under `/__emulator/` (plain JSON, HTTP status codes, no
 * signature: they are for the person or test that started the emulator on loopback):
 *
 * - `GET health`: status, uptime, users per environment;
 * - `GET settings`: the running settings (key ids only, never keys);
 * - `POST envs/<envId>/reset`: removes every user of one environment;
 * - `GET envs/<envId>/users`: exports the users as JSON lines (hashes and times kept);
 * - `POST envs/<envId>/users[?replace=true]`: imports JSON lines, see `importUsers`.
 */
export async function handleManagement(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ManagementContext,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const parts = url.pathname.slice(MANAGEMENT_PREFIX.length).split('/').map(decodeURIComponent);
  const method = req.method ?? 'GET';
  if (parts[0] === 'health' && parts.length === 1 && method === 'GET') {
    const uptimeSeconds = Math.round((Date.now() - ctx.startedAt) / 1000);
    return sendJson(res, 200, { status: 'ok', uptimeSeconds, users: await ctx.counts() });
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
      if (text === undefined) return sendJson(res, 413, { error: 'import body over 512 MB' });
      if (url.searchParams.get('replace') === 'true') await ctx.directory.storage.clear(envId);
      const started = performance.now();
      const report = await importUsers(ctx.directory, envId, text);
      const ms = Math.round(performance.now() - started);
      ctx.log(
        `import ${envId}: ${report.imported} imported, ${report.failed.length} failed, ${ms} ms`,
      );
      return sendJson(res, report.failed.length === 0 ? 200 : 207, { envId, ...report });
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
