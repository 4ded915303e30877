import { describe, expect, it } from 'vitest';
import { planPageWindow } from './plan-page-window.js';

function covers(offset: number, limit: number): boolean {
  const plan = planPageWindow(offset, limit);
  const from = (plan.firstPage - 1) * plan.pageSize;
  const to = plan.lastPage * plan.pageSize;
  return plan.pageSize >= 1 && plan.pageSize <= 100 && from <= offset && to >= offset + limit;
}

describe('planPageWindow', () => {
  it('uses one page of exactly the limit for an aligned window', () => {
    expect(planPageWindow(40, 20)).toEqual({ pageSize: 20, firstPage: 3, lastPage: 3 });
  });

  it('covers a window whose offset is not a multiple of the limit with one request', () => {
    const plan = planPageWindow(150, 30);
    expect(plan.lastPage - plan.firstPage + 1).toBe(1);
    expect(covers(150, 30)).toBe(true);
  });

  it('needs two requests when no single page of at most 100 covers the window', () => {
    const plan = planPageWindow(50, 100);
    expect(plan.lastPage - plan.firstPage + 1).toBe(2);
  });

  it('splits a limit over 100 into the fewest pages, fetching the fewest extra users', () => {
    // Three requests are unavoidable; pages of 84 fetch 252 users instead of 300.
    expect(planPageWindow(0, 250)).toEqual({ pageSize: 84, firstPage: 1, lastPage: 3 });
  });

  it('covers every window up to 300 with at most one request more than the lower bound', () => {
    for (let offset = 0; offset <= 300; offset += 7) {
      for (let limit = 1; limit <= 300; limit += 11) {
        const plan = planPageWindow(offset, limit);
        const requests = plan.lastPage - plan.firstPage + 1;
        expect(covers(offset, limit)).toBe(true);
        expect(requests).toBeLessThanOrEqual(Math.ceil(limit / 100) + 1);
      }
    }
  });

  it('never plans more requests than any other page size would need', () => {
    for (const [offset, limit] of [
      [0, 1],
      [99, 2],
      [123, 77],
      [1000, 150],
      [7, 193],
    ] as const) {
      const plan = planPageWindow(offset, limit);
      const planned = plan.lastPage - plan.firstPage + 1;
      for (let size = 1; size <= 100; size += 1) {
        const needed = Math.ceil((offset + limit) / size) - Math.floor(offset / size);
        expect(planned).toBeLessThanOrEqual(needed);
      }
    }
  });
});
