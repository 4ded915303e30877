import { extname } from 'node:path';

/** Formats `import` reads and `export` writes: CSV with a header row, or one JSON object a line. */
export const USER_FILE_FORMATS = ['csv', 'jsonl'] as const;

/** One of `USER_FILE_FORMATS`. */
export type UserFileFormat = (typeof USER_FILE_FORMATS)[number];

const byExtension: Record<string, UserFileFormat> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/**
 * Picks a file format: the one asked for, else the file extension (`.csv`, `.jsonl`,
 * `.ndjson`), else `undefined` so the caller can decide (sniff the content or use a default).
 */
export function chooseUserFileFormat(
  requested: UserFileFormat | undefined,
  path: string | undefined,
): UserFileFormat | undefined {
  if (requested) return requested;
  if (!path) return undefined;
  return byExtension[extname(path).toLowerCase()];
}

/** Guesses the format of file content whose name did not tell: JSON lines start with `{`. */
export function sniffUserFileFormat(content: string): UserFileFormat {
  return content.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}
