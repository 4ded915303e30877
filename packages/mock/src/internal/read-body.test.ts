import { describe, expect, it } from 'vitest';
import { readBody } from './read-body.js';

function streamed(chunks: Uint8Array[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Request('https://example.test/', {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('readBody', () => {
  it('answers the exact bytes of a streamed body without a content length', async () => {
    const body = await readBody(streamed([new Uint8Array([1, 2]), new Uint8Array([3])]), 10);
    expect(body).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('stops at the limit of a streamed body that declares no length', async () => {
    const request = streamed([new Uint8Array(6), new Uint8Array(6)]);
    expect(await readBody(request, 10)).toBeUndefined();
  });

  it('refuses a declared length over the limit before reading', async () => {
    const request = new Request('https://example.test/', {
      method: 'POST',
      headers: { 'content-length': '11' },
      body: 'x'.repeat(11),
    });
    expect(await readBody(request, 10)).toBeUndefined();
  });

  it('answers an empty body for a request without one', async () => {
    const request = new Request('https://example.test/', { method: 'POST' });
    expect(await readBody(request, 10)).toEqual(new Uint8Array(0));
  });
});
