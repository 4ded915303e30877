import { describe, expect, it } from 'vitest';
import { validateRows } from './validate-rows.js';

const row = (line: number, fields: Record<string, unknown>) => ({ line, fields });

describe('validateRows', () => {
  it('accepts rows that meet every createUser rule', () => {
    const result = validateRows({
      rows: [row(2, { name: 'ann', password: 'Abcdef12!', phone: '13800138000' })],
      unreadable: [],
    });
    expect(result.valid.map((r) => r.options.name)).toEqual(['ann']);
    expect(result.invalid).toEqual([]);
  });

  it('lists every broken rule of a row with its line and the field names', () => {
    const result = validateRows({ rows: [row(7, { name: '.ann', phone: '123' })], unreadable: [] });
    expect(result.invalid).toHaveLength(1);
    expect(result.invalid[0]?.line).toBe(7);
    expect(result.invalid[0]?.issues.map((i) => i.field).sort()).toEqual(['name', 'phone']);
  });

  it('refuses an unknown column instead of dropping it', () => {
    const result = validateRows({
      rows: [row(2, { name: 'ann', nickname: 'Ann' })],
      unreadable: [],
    });
    expect(result.invalid[0]?.issues[0]?.field).toBe('nickname');
  });

  it('refuses a row repeating the name, phone, email or uid of an earlier row', () => {
    const result = validateRows({
      rows: [
        row(2, { name: 'ann', email: 'a@example.com' }),
        row(3, { name: 'ann' }),
        row(4, { name: 'bob', email: 'a@example.com' }),
      ],
      unreadable: [],
    });
    expect(result.valid.map((r) => r.line)).toEqual([2]);
    expect(result.invalid.map((r) => [r.line, r.issues[0]?.field])).toEqual([
      [3, 'name'],
      [4, 'email'],
    ]);
    expect(result.invalid[0]?.issues[0]?.message).toContain('line 2');
  });

  it('never puts a rejected password in an issue message', () => {
    const result = validateRows({
      rows: [row(2, { name: 'ann', password: 'short1A' })],
      unreadable: [],
    });
    expect(JSON.stringify(result.invalid)).not.toContain('short1A');
    expect(result.invalid[0]?.issues[0]?.field).toBe('password');
  });

  it('sorts unreadable lines in with the bad rows by line number', () => {
    const result = validateRows({
      rows: [row(3, { name: '.bad' })],
      unreadable: [{ line: 2, message: 'is not a JSON object' }],
    });
    expect(result.invalid.map((r) => r.line)).toEqual([2, 3]);
  });
});
