import { TCB_ERROR_MEANINGS, type TcbErrorCode } from '@org/tcb-user-contract';

/** A planned failure: the next `count` calls of `action` answer `code`. */
export interface FaultRule {
  /** The `X-TC-Action` to fail, such as `CreateUser`. */
  action: string;
  /** The error code to answer, such as `InternalError` or `RequestLimitExceeded`. */
  code: TcbErrorCode;
  /** How many calls fail. Default 1. */
  count?: number;
  /** The error message. Default: the code's meaning from `TCB_ERROR_MEANINGS`. */
  message?: string;
}

/** Fails chosen calls on purpose, to test retries and partial failures. */
export interface FaultController {
  /** Makes the next `count` (default 1) calls of `action` answer `code`. Rules queue up. */
  failNext(
    action: string,
    code: TcbErrorCode,
    options?: { count?: number; message?: string },
  ): void;
  /**
   * Makes deleting these uids fail from now on: `DeleteUsers` keeps them and counts them in
   * `FailedCount`, as a partial failure of the real service would.
   */
  failDeletesOf(uids: readonly string[]): void;
  /** Drops every planned failure. */
  clear(): void;
}

/** The fault controller plus what the service reads from it. */
export interface FaultState extends FaultController {
  /** Consumes one planned failure of `action`, if any. */
  take(action: string): { code: TcbErrorCode; message: string } | undefined;
  /** Tells whether deleting `uid` must fail. */
  failsDelete(uid: string): boolean;
}

/** Creates the fault state, primed with the rules and uids given as options. */
export function createFaultState(
  rules: readonly FaultRule[] = [],
  failingDeletes: readonly string[] = [],
): FaultState {
  const pending: { action: string; code: TcbErrorCode; left: number; message: string }[] = [];
  const failing = new Set<string>();
  const state: FaultState = {
    failNext(action, code, options = {}) {
      const message = options.message ?? TCB_ERROR_MEANINGS[code];
      pending.push({ action, code, left: options.count ?? 1, message });
    },
    failDeletesOf(uids) {
      for (const uid of uids) failing.add(uid);
    },
    clear() {
      pending.length = 0;
      failing.clear();
    },
    take(action) {
      const index = pending.findIndex((rule) => rule.action === action);
      const rule = pending[index];
      if (!rule) return undefined;
      rule.left -= 1;
      if (rule.left <= 0) pending.splice(index, 1);
      return { code: rule.code, message: rule.message };
    },
    failsDelete(uid) {
      return failing.has(uid);
    },
  };
  for (const rule of rules) state.failNext(rule.action, rule.code, rule);
  state.failDeletesOf(failingDeletes);
  return state;
}
