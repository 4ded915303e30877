import type { ErrorEnvelope, NewUserAction, UserAction } from '@org/tcb-user-contract';
import type { TcbUserRouter } from '@org/tcb-user-contract/router';

type SuccessEnvelope<A extends UserAction> = Exclude<
  TcbUserRouter[A]['responses'][200]['_output'],
  ErrorEnvelope
>;

/** The wire parameters of an action, as the contract's router defines them. */
export type ActionRequest<A extends UserAction> = TcbUserRouter[A]['body']['_input'];

/**
 * What an action answers on success: `Data` for the new actions, the fields directly under
 * `Response` (without `RequestId`) for the deprecated ones.
 */
export type ActionResult<A extends UserAction> = A extends NewUserAction
  ? SuccessEnvelope<A>['Response'] extends { Data: infer D }
    ? D
    : never
  : Omit<SuccessEnvelope<A>['Response'], 'RequestId'>;
