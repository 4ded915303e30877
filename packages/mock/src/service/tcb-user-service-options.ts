import type { UserDirectoryOptions } from '../directory/user-directory.js';
import type { FaultRule } from './fault-controller.js';
import type { SignatureOptions } from './signature-options.js';

/** An action served beside the user actions (the emulator adds `DescribeEnvInfo`). */
export type ExtraAction = (
  params: Record<string, unknown>,
  context: { requestId: string },
) => unknown | Promise<unknown>;

/** Options of `createTcbUserService`. */
export interface TcbUserServiceOptions extends Omit<UserDirectoryOptions, 'failsDelete'> {
  /** Checks TC3-HMAC-SHA256 signatures against these key pairs. Default: not checked. */
  signature?: SignatureOptions;
  /**
   * How the withdrawn `EndUser` actions are answered: `serve` maps them onto the same users;
   * `withdrawn` answers `InvalidAction`, as the live service now does. Default `serve`.
   */
  deprecatedActions?: 'serve' | 'withdrawn';
  /**
   * More actions by `X-TC-Action` name. Each gets the parsed JSON body; its result is spread
   * under `Response` beside `RequestId`; a thrown `TcbServiceError` becomes its error
   * envelope. Default none.
   */
  extraActions?: Readonly<Record<string, ExtraAction>>;
  /** Delay before every answer, fixed or drawn uniformly from a range. Default 0. */
  latencyMs?: number | { min: number; max: number };
  /**
   * Answers `RequestLimitExceeded` past `perSecond` requests of one action in any second.
   * `perSecond` defaults to each action's documented limit (20); `now` to `Date.now`.
   * Default: no limit.
   */
  rateLimit?: { perSecond?: number; now?: () => number };
  /** Failures planned from the start; plan more through `service.faults`. Default none. */
  faults?: { failNext?: readonly FaultRule[]; failDeletesOf?: readonly string[] };
}
