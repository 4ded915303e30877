import { describe, expect, it } from 'vitest';
import { displayWidth, truncateToWidth } from './display-width.js';
import { formatTable } from './format-table.js';

describe('formatTable', () => {
  it('pads columns so CJK cells line up with Latin ones', () => {
    const rows = [
      { a: '黄霞', b: 'x' },
      { a: 'Frank', b: 'y' },
    ];
    const text = formatTable(rows, [
      { header: 'NICK', value: (r) => r.a },
      { header: 'B', value: (r) => r.b },
    ]);
    const lines = text.trimEnd().split('\n');
    const columnOfB = lines.map((line) => displayWidth(line.slice(0, line.lastIndexOf(' ') + 1)));
    expect(new Set(columnOfB).size).toBe(1);
  });

  it('cuts long cells with an ellipsis but never a column marked whole', () => {
    const long = 'd'.repeat(50);
    const text = formatTable(
      [{ id: long, text: long }],
      [
        { header: 'ID', value: (r) => r.id, whole: true },
        { header: 'TEXT', value: (r) => r.text },
      ],
    );
    expect(text).toContain(long);
    expect(text).toContain('…');
  });

  it('keeps one line per row when a cell holds a newline', () => {
    const text = formatTable([{ a: 'one\ntwo' }], [{ header: 'A', value: (r) => r.a }]);
    expect(text.trimEnd().split('\n')).toHaveLength(2);
  });
});

describe('truncateToWidth', () => {
  it('counts wide characters as two columns', () => {
    expect(displayWidth(truncateToWidth('财务部财务部', 5))).toBeLessThanOrEqual(5);
  });
});
