/**
 * Where the mock reports what a test author should know about, such as a deprecated
 * `ModifyEndUserInfo` key it had to drop. Lines start with `[tcb-user-mock]` and never carry a
 * password, key or signature. Pass `console` to see them; the default drops them.
 */
export interface TcbUserMockLogger {
  /** Something was accepted but not fully honoured. */
  warn(message: string): void;
}

/** A logger that drops every line. */
export const silentLogger: TcbUserMockLogger = { warn() {} };
