import { describe, expect, it } from 'vitest';
import { escapeFormulaCell, unescapeFormulaCell } from './spreadsheet-formulas.js';

describe('escapeFormulaCell', () => {
  it('prefixes a quote to cells a spreadsheet would run as a formula', () => {
    const cells = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx'];
    expect(cells.map(escapeFormulaCell)).toEqual(cells.map((cell) => `'${cell}`));
  });

  it('leaves ordinary cells alone, including a quote not followed by a formula start', () => {
    const cells = ['ann', '', '13800138000', "it's", "'quoted'", 'a=b'];
    expect(cells.map(escapeFormulaCell)).toEqual(cells);
  });
});

describe('unescapeFormulaCell', () => {
  it('restores every escaped value exactly, including values that start with a quote', () => {
    const values = ['=1+1', '-x', "'=1", "''", "'-a", "'", "it's", 'plain', '@', ''];
    expect(values.map((v) => unescapeFormulaCell(escapeFormulaCell(v)))).toEqual(values);
  });

  it('leaves a quote that does not precede a formula start or a quote', () => {
    expect(unescapeFormulaCell("'quoted'")).toBe("'quoted'");
  });
});
