import type { Pacer } from './create-pacer.js';

/** Options shared by the bulk helpers. */
export interface BulkOptions {
  /** Most requests in flight at once. Default: 4. */
  concurrency?: number;
  /**
   * Paces the helper's requests. Default: the client's shared pacer (20 requests/second);
   * `null` turns pacing off.
   */
  pacer?: Pacer | null;
  /** Aborts the helper's remaining requests. */
  signal?: AbortSignal;
}
