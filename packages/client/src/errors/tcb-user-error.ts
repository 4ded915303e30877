const brand = Symbol.for('@org/tcb-user-client/error');

/**
 * What kind of failure an error reports: the service refused, the input was bad, or the wire broke.
 */
export type TcbUserErrorKind = 'api' | 'validation' | 'transport';

/** Options every error of this package accepts. */
export interface TcbUserErrorOptions {
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The root class of every error this package throws. Branch on the subclasses (or the `is…`
 * guards, which also work across duplicate copies of the package) and on `code`, never on
 * `message`.
 */
export class TcbUserError extends Error {
  override readonly name: string = 'TcbUserError';
  /** Stable code: the Tencent Cloud error code, or a client code such as `ValidationError`. */
  readonly code: string;
  /** Which family of failure this is. */
  readonly kind: TcbUserErrorKind;

  constructor(
    kind: TcbUserErrorKind,
    code: string,
    message: string,
    options?: TcbUserErrorOptions,
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.code = code;
    Object.defineProperty(this, brand, { value: kind });
  }
}

/** Tells whether a value is an error thrown by this package (any copy of it). */
export function isTcbUserError(value: unknown): value is TcbUserError {
  return typeof value === 'object' && value !== null && brand in value;
}

/** Reads the kind brand of an error of this package, for the narrower guards. */
export function brandOf(value: unknown): TcbUserErrorKind | undefined {
  if (!isTcbUserError(value)) return undefined;
  return (value as unknown as Record<symbol, TcbUserErrorKind>)[brand];
}
