/** One signed request, ready to send. */
export interface TransportRequest {
  /** The action, for error messages. */
  action: string;
  /** Full endpoint URL. */
  url: string;
  /** Every header to send, names as the wire expects them. */
  headers: Record<string, string>;
  /** The JSON body. */
  body: string;
  /** Milliseconds before the attempt fails with a timeout. */
  timeoutMs: number;
  /** Aborts the attempt when it fires. */
  signal: AbortSignal | undefined;
}

/** What came back: the HTTP status and the body as text. */
export interface TransportResponse {
  status: number;
  text: string;
}

/** Sends one request; throws a `TransportError` for timeout, abort or network failure. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;
