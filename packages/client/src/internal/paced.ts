import type { BulkOptions } from '../bulk-options.js';
import type { Pacer } from '../create-pacer.js';

/** Runs `work` after the pacer (if any) lets it start. */
export async function paced<R>(
  options: BulkOptions,
  fallback: Pacer,
  work: () => Promise<R>,
): Promise<R> {
  const pacer = options.pacer === undefined ? fallback : options.pacer;
  if (pacer) await pacer.wait(options.signal);
  return work();
}
