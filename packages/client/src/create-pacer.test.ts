import { describe, expect, it } from 'vitest';
import { createPacer } from './create-pacer.js';

describe('createPacer', () => {
  it('lets at most the limit start in any window', async () => {
    const pacer = createPacer({ requestsPerSecond: 5, windowMs: 100 });
    const started: number[] = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 12 }, () => pacer.wait().then(() => started.push(Date.now() - t0))),
    );
    started.sort((a, b) => a - b);
    for (let i = 5; i < started.length; i++) {
      expect((started[i] ?? 0) - (started[i - 5] ?? 0)).toBeGreaterThanOrEqual(95);
    }
    expect(started.at(-1)).toBeGreaterThanOrEqual(190);
  });

  it('rejects a waiter whose signal aborts', async () => {
    const pacer = createPacer({ requestsPerSecond: 1, windowMs: 10_000 });
    await pacer.wait();
    const controller = new AbortController();
    const waiting = pacer.wait(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });

  it('refuses a rate below one', () => {
    expect(() => createPacer({ requestsPerSecond: 0 })).toThrow(RangeError);
  });
});
