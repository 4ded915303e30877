import { describe, expect, it } from 'vitest';
import { sleep } from './sleep.js';

describe('sleep', () => {
  it('rejects at once with an aborted TransportError when a signal has already fired', async () => {
    const started = Date.now();
    const error = await sleep(5_000, 'DescribeUserList', [undefined, AbortSignal.abort()]).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'Transport.Aborted', action: 'DescribeUserList' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
