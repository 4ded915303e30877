/** One API key pair the service accepts. */
export interface SignatureKey {
  /** The key id (`AKID…`). */
  secretId: string;
  /** The key secret. Never logged or put in an answer. */
  secretKey: string;
}

/** Turns TC3-HMAC-SHA256 signature checking on. */
export interface SignatureOptions {
  /** The key pairs whose signatures are accepted. */
  keys: readonly SignatureKey[];
  /** Server clock in ms since the Unix epoch, for the 300 s skew check. Default `Date.now`. */
  now?: () => number;
}
