/** What happened to one row of an import. */
export type ImportOutcome =
  | { line: number; name: string; status: 'created'; uid: string }
  | { line: number; name: string; status: 'skipped'; uid: string; reason: 'exists' }
  | { line: number; name: string; status: 'failed'; code: string; message: string };

/** The status of an `ImportOutcome`. */
export type ImportStatus = ImportOutcome['status'];
