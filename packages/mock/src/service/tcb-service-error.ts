import type { TcbErrorCode } from '@org/tcb-user-contract';

/**
 * A refusal the service answers with a Tencent Cloud error envelope: a stable `code` from
 * `TCB_ERROR_CODES` and a message that names the problem but never a password or key. Extra
 * actions throw it to answer an error; a bad seed throws it at construction.
 */
export class TcbServiceError extends Error {
  /** Literal class name, stable across bundled copies. */
  override readonly name = 'TcbServiceError';
  /** The Tencent Cloud error code, such as `FailedOperation.DuplicatedData`. */
  readonly code: TcbErrorCode;

  constructor(code: TcbErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Tells whether a value is a `TcbServiceError`, also across duplicate copies of this package. */
export function isTcbServiceError(value: unknown): value is TcbServiceError {
  return (
    value instanceof TcbServiceError ||
    (value instanceof Error && value.name === 'TcbServiceError' && 'code' in value)
  );
}
