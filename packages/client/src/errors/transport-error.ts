import { brandOf, TcbUserError } from './tcb-user-error.js';

/**
 * Why a call got no usable answer: `timeout`, `aborted` (the caller's signal), `network`
 * (connection failed or broke), `http-status` (a status other than 200 without an envelope),
 * `bad-answer` (not JSON, not an envelope, or an envelope of an unexpected shape).
 */
export type TransportErrorReason = 'timeout' | 'aborted' | 'network' | 'http-status' | 'bad-answer';

/** The call got no usable answer. `code` is `Transport.<Reason>` in PascalCase words. */
export class TransportError extends TcbUserError {
  override readonly name = 'TransportError';
  /** What went wrong. */
  readonly reason: TransportErrorReason;
  /** The action of the call. */
  readonly action: string;
  /** The request id, when the answer carried one that could be read. */
  readonly requestId: string | undefined;
  /** The HTTP status, when an answer arrived. */
  readonly status: number | undefined;

  constructor(input: {
    reason: TransportErrorReason;
    action: string;
    message: string;
    requestId?: string | undefined;
    status?: number | undefined;
    cause?: unknown;
  }) {
    super('transport', transportCode(input.reason), `${input.action}: ${input.message}`, {
      cause: input.cause,
    });
    this.reason = input.reason;
    this.action = input.action;
    this.requestId = input.requestId;
    this.status = input.status;
  }
}

// `http-status` becomes `Transport.HttpStatus`: each word capitalised, dashes dropped.
function transportCode(reason: TransportErrorReason): string {
  return `Transport.${reason.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}

/** Tells whether a value is a `TransportError` (no usable answer). */
export function isTransportError(value: unknown): value is TransportError {
  return brandOf(value) === 'transport';
}
