import { displayWidth, truncateToWidth } from './display-width.js';

/** One column of a table: the header and the record field it shows. */
export interface TableColumn<T> {
  header: string;
  value: (row: T) => string;
  /** Never cut this column's cells (ids people copy). Default: false. */
  whole?: boolean;
}

/** Options of `formatTable`. */
export interface FormatTableOptions {
  /** Widest a cell may be before it is cut with `…`. Default: 32. */
  maxCellWidth?: number;
}

/**
 * Lays rows out as a plain-text table: a header line, then one line per row, columns padded to
 * their widest cell (CJK characters count two columns), separated by two spaces.
 */
export function formatTable<T>(
  rows: readonly T[],
  columns: readonly TableColumn<T>[],
  options: FormatTableOptions = {},
): string {
  const maxCellWidth = options.maxCellWidth ?? 32;
  const cells = rows.map((row) =>
    columns.map((column) => {
      const text = oneLine(column.value(row));
      return column.whole ? text : truncateToWidth(text, maxCellWidth);
    }),
  );
  const headers = columns.map((column) => column.header);
  const widths = headers.map((header, i) =>
    Math.max(displayWidth(header), ...cells.map((line) => displayWidth(line[i] ?? ''))),
  );
  const lines = [headers, ...cells].map((line) => padLine(line, widths));
  return `${lines.join('\n')}\n`;
}

function padLine(cells: readonly string[], widths: readonly number[]): string {
  const padded = cells.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)));
  return padded.join('  ').trimEnd();
}

// A newline or tab inside a cell would break the table's lines.
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}
