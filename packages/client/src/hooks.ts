/** What a hook learns about an attempt before it is sent. Holds no credentials or signature. */
export interface RequestHookContext {
  /** The action, such as `DescribeUserList`. */
  action: string;
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  attempt: number;
  /** The endpoint URL the request goes to. */
  url: string;
  /** The wire parameters, with `Password` replaced by `***`. */
  params: Readonly<Record<string, unknown>>;
}

/** What a hook learns after an attempt got an answer (success or API error). */
export interface ResponseHookContext extends RequestHookContext {
  /** The service's request id. */
  requestId: string;
  /** Milliseconds from sending to the parsed answer. */
  durationMs: number;
  /** The error code when the service refused the call. */
  errorCode: string | undefined;
}

/** What a hook learns after an attempt failed (any error, before the retry decision). */
export interface ErrorHookContext extends RequestHookContext {
  /** The error of this attempt. */
  error: Error;
  /** Whether the client will try again. */
  willRetry: boolean;
}

/**
 * Functions called around each attempt, for metrics and tracing. They run synchronously; an
 * exception thrown by a hook propagates to the caller.
 */
export interface RequestHooks {
  /** Called right before an attempt is sent. */
  beforeRequest?(context: RequestHookContext): void;
  /** Called when an attempt got an envelope back. */
  afterResponse?(context: ResponseHookContext): void;
  /** Called when an attempt failed. */
  onError?(context: ErrorHookContext): void;
}
