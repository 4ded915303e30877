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

describe('parseCsv header check', () => {
  it('refuses a repeated column naming it and line 1 instead of keeping the last cell', () => {
    expect(() => parseCsv('name,name\nh1,h2\n')).toThrow(
      /CSV header \(line 1\).*"name" is repeated \(columns 1 and 2\)/,
    );
  });

  it('refuses a wrong-case header once, suggesting the right spelling', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `user.${i},Nick ${i}`).join('\n');
    expect(() => parseCsv(`Name,NickName\n${rows}\n`)).toThrow(
      /"Name" \(column 1\) is not a known column \(did you mean "name"\?\); "NickName" \(column 2\) is not a known column \(did you mean "nickName"\?\)\. Known/,
    );
  });

  it('refuses a space-padded header, suggesting the column without spaces', () => {
    expect(() => parseCsv(' name , nickName \nann,Ann\n')).toThrow(
      /" name " \(column 1\) is not a known column \(did you mean "name"\?\)/,
    );
  });

  it('refuses a header without the required name column', () => {
    expect(() => parseCsv('uid,phone\nu1,13800138000\n')).toThrow(
      /the required column "name" is missing/,
    );
  });

  it('refuses a first line with no known column without quoting its cells', () => {
    const attempt = () => parseCsv('ann,Secret-pw1\nbob,Other-pw2\n');
    expect(attempt).toThrow(/names no known column, so the file has no header row/);
    expect(attempt).not.toThrow(/Secret-pw1/);
  });

  it('restores cells escaped against spreadsheet formulas, but keeps passwords as written', () => {
    const [row] = parseCsv(
      "name,description,nickName,password\nann,'=HYPERLINK(1),'-Ann-,'-Abcdef12\n",
    );
    expect(row?.fields).toMatchObject({
      description: '=HYPERLINK(1)',
      nickName: '-Ann-',
      password: "'-Abcdef12",
    });
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
  it('refuses an empty file instead of reading it as 0 rows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tcb-cli-read-'));
    for (const [name, content] of [
      ['empty.csv', ''],
      ['blank.csv', '\uFEFF\n\n'],
      ['empty.jsonl', ''],
    ]) {
      const path = join(dir, name ?? '');
      await writeFile(path, content ?? '');
      await expect(readUserFile(path)).rejects.toMatchObject({
        exitCode: 3,
        message: expect.stringContaining('the file is empty'),
      });
    }
  });

  it('picks JSON lines from the content when the extension says nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tcb-cli-read-'));
    const path = join(dir, 'users.txt');
    await writeFile(path, '{"name":"ann"}\n');
    const file = await readUserFile(path);
    expect(file.format).toBe('jsonl');
    expect(file.rows).toHaveLength(1);
  });
});
