import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/index.js';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ inMemory: true, envIds: ['g-env'], passwordIterations: 1 });
  await emulator.service.directory.seed([{ name: 'guarded', envId: 'g-env' }]);
});
afterAll(async () => {
  await emulator.stop();
});

// node:http, not fetch, so a test can set the Host header; the request still goes to 127.0.0.1.
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: emulator.port, method, path: `/__emulator/${path}`, headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const json = { 'content-type': 'application/json' };
const userCount = async () => (await emulator.service.directory.users('g-env')).length;

describe('management routes guard', () => {
  it('refuses a cross-site form POST from a non-loopback Origin and Host, users kept', async () => {
    const answer = await send('POST', 'envs/g-env/reset', {
      origin: 'http://evil.example',
      host: 'evil.example:4400',
      'content-type': 'text/plain',
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toHaveProperty('error');
    expect(await userCount()).toBe(1);
  });

  it('refuses an export to a non-loopback Host, as a DNS-rebinding page would send', async () => {
    const answer = await send('GET', 'envs/g-env/users', { host: 'evil.example:4400' });
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('guarded');
  });

  it('refuses a loopback Host with a non-loopback Origin', async () => {
    const answer = await send('POST', 'envs/g-env/reset', {
      host: `127.0.0.1:${emulator.port}`,
      origin: 'http://evil.example',
      ...json,
    });
    expect(answer.status).toBe(403);
    expect(await userCount()).toBe(1);
  });

  it('refuses a state-changing request without a JSON content type', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const answer = await send('POST', 'envs/g-env/reset', {
        host: `127.0.0.1:${emulator.port}`,
        'content-type': type,
      });
      expect(answer.status).toBe(415);
    }
    expect(await userCount()).toBe(1);
  });

  it('answers loopback hosts and origins: 127.0.0.1, localhost and [::1], any port', async () => {
    for (const host of ['127.0.0.1', `localhost:${emulator.port}`, '[::1]:9', 'LOCALHOST']) {
      const answer = await send('GET', 'health', { host, origin: `http://${host}` });
      expect(answer.status).toBe(200);
    }
  });

  it('refuses hosts that only start like a loopback name', async () => {
    for (const host of ['localhost.evil.example', '127.0.0.1.evil.example:80', '[::1]x']) {
      expect((await send('GET', 'health', { host })).status).toBe(403);
    }
  });
});
