import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseJsonLines, readUserFile } from './read-user-file.js';

describe('parseCsv', () => {
  it('numbers rows by file line, the header being line 1', () => {
    const rows = parseCsv('name,phone\nann,13800138000\nbob,13800138001\n');
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('leaves empty cells out so they count as absent fields', () => {
    const [row] = parseCsv('name,uid,phone\nann,,13800138000\n');
    expect(row?.fields).toEqual({ name: 'ann', phone: '13800138000' });
  });

  it('keeps quoted commas and CJK text intact', () => {
    const [row] = parseCsv('name,description\nann,"财务部, joined 2017"\n');
    expect(row?.fields.description).toBe('财务部, joined 2017');
  });

  it('refuses a CSV with an unclosed quote, naming a line and not the row content', () => {
    expect(() => parseCsv('name,password\nann,"Secret-pw1\n')).toThrow(/cannot be read at line \d/);
    expect(() => parseCsv('name,password\nann,"Secret-pw1\n')).not.toThrow(/Secret-pw1/);
  });
});

describe('parseJsonLines', () => {
  it('reads one object a line, skipping blank lines and dropping null and empty values', () => {
    const { rows } = parseJsonLines('{"name":"ann","phone":null}\n\n{"name":"bob","email":""}\n');
    expect(rows).toEqual([
      { line: 1, fields: { name: 'ann' } },
      { line: 3, fields: { name: 'bob' } },
    ]);
  });

  it('reports lines that are not JSON objects by line number', () => {
    const { unreadable } = parseJsonLines('{"name":"ann"}\n[1,2]\nnot json\n');
    expect(unreadable.map((u) => u.line)).toEqual([2, 3]);
  });
});

describe('readUserFile', () => {
  it('picks JSON lines from the content when the extension says nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tcb-cli-read-'));
    const path = join(dir, 'users.txt');
    await writeFile(path, '{"name":"ann"}\n');
    const file = await readUserFile(path);
    expect(file.format).toBe('jsonl');
    expect(file.rows).toHaveLength(1);
  });
});
