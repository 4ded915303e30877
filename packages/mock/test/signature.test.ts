import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTcbUserHandlers, createTcbUserService } from '../src/index.js';
import { signedRequest } from './support/sign.js';
import { codeOf, readEnvelope } from './support/wire.js';

const NOW_S = 1_700_000_000;
const key = { secretId: 'AKIDmockkey', secretKey: 'mock-secret-key-value' };
const signature = { keys: [key], now: () => NOW_S * 1000 };
const body = JSON.stringify({ EnvId: 'env-a', PageSize: 5 });
const base = { ...key, timestamp: NOW_S, action: 'DescribeUserList', body };

const mock = createTcbUserHandlers({ signature, passwordIterations: 1 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function answer(request: Request) {
  return readEnvelope(await fetch(request));
}

describe('signature checking when it is on', () => {
  it('serves a request signed with a configured key', async () => {
    const envelope = await answer(await signedRequest(base));
    expect(codeOf(envelope)).toBe('ok');
    expect(envelope.Response.Data).toEqual({ Total: 0, UserList: [] });
  });

  it('refuses a request signed with a wrong key with AuthFailure.SignatureFailure', async () => {
    const envelope = await answer(await signedRequest({ ...base, secretKey: 'not-the-key' }));
    expect(codeOf(envelope)).toBe('AuthFailure.SignatureFailure');
    expect(JSON.stringify(envelope)).not.toContain('not-the-key');
    expect(JSON.stringify(envelope)).not.toContain(key.secretKey);
  });

  it('refuses a body changed after signing', async () => {
    const request = await signedRequest(base);
    const tampered = new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: JSON.stringify({ EnvId: 'env-a', PageSize: 6 }),
    });
    expect(codeOf(await answer(tampered))).toBe('AuthFailure.SignatureFailure');
  });

  it('answers AuthFailure.SecretIdNotFound for an unknown key id', async () => {
    const envelope = await answer(await signedRequest({ ...base, secretId: 'AKIDother' }));
    expect(codeOf(envelope)).toBe('AuthFailure.SecretIdNotFound');
  });

  it('answers AuthFailure.SignatureExpire past 300 s, ending with the server time', async () => {
    const late = await answer(await signedRequest({ ...base, timestamp: NOW_S - 301 }));
    expect(codeOf(late)).toBe('AuthFailure.SignatureExpire');
    expect(late.Response.Error?.Message).toMatch(new RegExp(`${NOW_S}$`));
    const edge = await answer(await signedRequest({ ...base, timestamp: NOW_S + 300 }));
    expect(codeOf(edge)).toBe('ok');
  });

  it('answers AuthFailure.InvalidAuthorization for a missing or malformed header', async () => {
    const signed = await signedRequest(base);
    const headers = new Headers(signed.headers);
    headers.delete('authorization');
    const missing = new Request(signed.url, { method: 'POST', headers, body });
    expect(codeOf(await answer(missing))).toBe('AuthFailure.InvalidAuthorization');
    headers.set('authorization', 'TC3-HMAC-SHA256 Credential=AKIDmockkey/2023-11-14/tcb');
    const malformed = new Request(signed.url, { method: 'POST', headers, body });
    expect(codeOf(await answer(malformed))).toBe('AuthFailure.InvalidAuthorization');
  });

  it('reads the service name from the credential scope', async () => {
    const envelope = await answer(await signedRequest({ ...base, service: 'cvm' }));
    expect(codeOf(envelope)).toBe('ok');
  });

  it('checks the signature before the action, so an unsigned unknown action is refused', async () => {
    const signed = await signedRequest({ ...base, secretKey: 'wrong', action: 'NoSuchAction' });
    expect(codeOf(await answer(signed))).toBe('AuthFailure.SignatureFailure');
  });
});

describe('signature checking and the host port', () => {
  const service = createTcbUserService({ signature, passwordIterations: 1 });
  const url = 'http://127.0.0.1:8123/';

  it('accepts the host signed without its port, as official SDKs sign it', async () => {
    const request = await signedRequest({ ...base, url, signedHost: '127.0.0.1' });
    expect(codeOf(await readEnvelope(await service.handle(request)))).toBe('ok');
  });

  it('accepts the host signed with its port as well', async () => {
    const request = await signedRequest({ ...base, url, signedHost: '127.0.0.1:8123' });
    expect(codeOf(await readEnvelope(await service.handle(request)))).toBe('ok');
  });

  it('refuses a host that is not the one the request went to', async () => {
    const request = await signedRequest({ ...base, url, signedHost: 'tcb.tencentcloudapi.com' });
    expect(codeOf(await readEnvelope(await service.handle(request)))).toBe(
      'AuthFailure.SignatureFailure',
    );
  });
});

describe('signature checking when it is off', () => {
  it('serves unsigned requests by default', async () => {
    const service = createTcbUserService({ passwordIterations: 1 });
    const request = await signedRequest({ ...base, secretKey: 'anything', timestamp: 1 });
    expect(codeOf(await readEnvelope(await service.handle(request)))).toBe('ok');
  });
});
