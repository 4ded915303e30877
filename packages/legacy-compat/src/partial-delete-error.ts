import { type FailedDeleteBatch, TcbUserError, type TcbUserErrorKind } from '@org/tcb-user-client';

const brand = Symbol.for('@org/tcb-user-legacy-compat/partial-delete-error');

/** What a `PartialDeleteError` is built from. */
export interface PartialDeleteOutcome {
  /** Uids with no user any more (deleted now, or unknown already). */
  removed: string[];
  /** Uids whose user still exists, or whose batch failed so their state is unknown. */
  remaining: string[];
  /** Batches whose request failed, with their errors. */
  failedBatches: FailedDeleteBatch[];
  /** Request ids of the `DeleteUsers` requests that were answered. */
  requestIds: string[];
}

/**
 * `deleteEndUsers` could not delete every user. `remaining` lists the uids that still exist
 * (or whose batch failed); `removed` those that are gone. When a batch failed, `code`, `kind`
 * and `cause` are those of its error (for example `InternalError`, or `Transport.Timeout`);
 * when the service answered but kept some users, `code` is `FailedOperation`.
 */
export class PartialDeleteError extends TcbUserError {
  override readonly name = 'PartialDeleteError';
  /** Always `DeleteUsers`, the new action behind `deleteEndUsers`. */
  readonly action = 'DeleteUsers';
  /** Uids whose user still exists, or whose state is unknown: retry these. */
  readonly remaining: readonly string[];
  /** Uids with no user any more. */
  readonly removed: readonly string[];
  /** Batches whose request failed, with their errors. */
  readonly failedBatches: readonly FailedDeleteBatch[];
  /** Request ids of the answered `DeleteUsers` requests. */
  readonly requestIds: readonly string[];

  constructor(outcome: PartialDeleteOutcome) {
    const first = outcome.failedBatches[0]?.error;
    const kind: TcbUserErrorKind = first?.kind ?? 'api';
    const code = first?.code ?? 'FailedOperation';
    super(kind, code, describe(outcome), first ? { cause: first } : undefined);
    this.remaining = outcome.remaining;
    this.removed = outcome.removed;
    this.failedBatches = outcome.failedBatches;
    this.requestIds = outcome.requestIds;
    Object.defineProperty(this, brand, { value: true });
  }
}

/** Tells whether a value is a `PartialDeleteError` (any copy of this package). */
export function isPartialDeleteError(value: unknown): value is PartialDeleteError {
  return typeof value === 'object' && value !== null && brand in value;
}

function describe(outcome: PartialDeleteOutcome): string {
  const total = outcome.removed.length + outcome.remaining.length;
  const shown = outcome.remaining.slice(0, 10).join(', ');
  const more = outcome.remaining.length > 10 ? `, and ${outcome.remaining.length - 10} more` : '';
  const why = outcome.failedBatches[0]
    ? `a DeleteUsers request failed (${outcome.failedBatches[0].error.code})`
    : 'the service kept them';
  return (
    `deleteEndUsers removed ${outcome.removed.length} of ${total} users; ` +
    `${outcome.remaining.length} remain because ${why}: ${shown}${more}. ` +
    'Retry with the uids in error.remaining.'
  );
}
