import { describe, expect, it } from 'vitest';
import { type FilterEntry, FilterIndex } from './filter-index.js';

function entry(seq: number, createdAt = 1_000 + seq): FilterEntry {
  return {
    seq,
    createdAt,
    name: `user-${seq}`,
    nickName: seq % 2 === 0 ? 'Even' : 'odd',
    phone: '',
    email: `u${seq}@example.com`,
  };
}

function filled(count: number): FilterIndex {
  const index = new FilterIndex();
  for (let seq = 1; seq <= count; seq += 1) index.append(entry(seq));
  return index;
}

describe('FilterIndex', () => {
  it('answers the total and the window of matches in listing order', () => {
    const index = filled(100);
    expect(index.scan([['nickName', 'Even']], 10, 3)).toEqual({ total: 50, seqs: [22, 24, 26] });
    expect(index.scan([['nickName', 'Even']], 60, 3)).toEqual({ total: 50, seqs: [] });
    expect(index.scan([['nickName', 'Even']], 0, 0)).toEqual({ total: 50, seqs: [] });
  });

  it('combines filters on several fields with AND', () => {
    const index = filled(100);
    const matches = index.scan(
      [
        ['name', 'user-1'],
        ['nickName', 'odd'],
        ['email', '@example'],
      ],
      0,
      100,
    );
    expect(matches.seqs).toEqual([1, 11, 13, 15, 17, 19]);
    expect(matches.total).toBe(6);
  });

  it('matches case-sensitively', () => {
    const index = filled(4);
    expect(index.scan([['nickName', 'even']], 0, 10).total).toBe(0);
    expect(index.scan([['nickName', 'Even']], 0, 10).total).toBe(2);
  });

  it('refuses to append a user that sorts before the newest one', () => {
    const index = filled(3);
    expect(index.append(entry(10, 1_001))).toBe(false);
    expect(index.size).toBe(3);
    expect(index.append(entry(11, 1_003))).toBe(true);
  });

  it('patches and deletes only users it holds', () => {
    const index = filled(5);
    expect(index.patch(3, 1_003, { nickName: 'Renamed' })).toBe(true);
    expect(index.scan([['nickName', 'Renamed']], 0, 10).seqs).toEqual([3]);
    expect(index.patch(3, 9_999, { nickName: 'x' })).toBe(false);
    expect(index.delete(3, 1_003)).toBe(true);
    expect(index.delete(3, 1_003)).toBe(false);
    expect(index.patch(3, 1_003, { nickName: 'x' })).toBe(false);
    expect(index.scan([['nickName', 'Renamed']], 0, 10).total).toBe(0);
    expect(index.size).toBe(4);
  });

  it('keeps answers and positions right after compacting removed slots', () => {
    const index = filled(3_000);
    for (let seq = 1; seq <= 2_000; seq += 1) expect(index.delete(seq, 1_000 + seq)).toBe(true);
    expect(index.size).toBe(1_000);
    expect(index.scan([['name', 'user-']], 0, 2)).toEqual({ total: 1_000, seqs: [2_001, 2_002] });
    expect(index.patch(2_500, 3_500, { name: 'moved' })).toBe(true);
    expect(index.scan([['name', 'moved']], 0, 5).seqs).toEqual([2_500]);
    expect(index.append(entry(3_001))).toBe(true);
    expect(index.scan([['name', 'user-3001']], 0, 5).seqs).toEqual([3_001]);
  });
});
