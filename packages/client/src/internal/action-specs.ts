import {
  createUserDataSchema,
  createUserOptionsSchema,
  dataEnvelopeSchema,
  deleteUsersDataSchema,
  deleteUsersOptionsSchema,
  describeUserListDataSchema,
  describeUserListOptionsSchema,
  modifyUserDataSchema,
  modifyUserOptionsSchema,
  type NewUserAction,
} from '@org/tcb-user-contract';
import type { z } from 'zod';

/** How one action is validated, parsed and retried. */
export interface ActionSpec<D> {
  action: NewUserAction;
  options: z.ZodTypeAny;
  envelope: z.ZodType<{ Response: { Data: D; RequestId: string } }, z.ZodTypeDef, unknown>;
  /** Whether sending the validated options twice is harmless. */
  safeToRepeat(options: Record<string, unknown>): boolean;
}

const always = () => true;

/**
 * `CreateUser`: repeating it is safe only when the caller chose the uid (a duplicate is refused).
 */
export const createUserSpec: ActionSpec<z.infer<typeof createUserDataSchema>> = {
  action: 'CreateUser',
  options: createUserOptionsSchema,
  envelope: dataEnvelopeSchema(createUserDataSchema),
  safeToRepeat: (options) => typeof options.uid === 'string' && options.uid !== '',
};

/** `DescribeUserList`: read-only. */
export const describeUserListSpec: ActionSpec<z.infer<typeof describeUserListDataSchema>> = {
  action: 'DescribeUserList',
  options: describeUserListOptionsSchema,
  envelope: dataEnvelopeSchema(describeUserListDataSchema),
  safeToRepeat: always,
};

/** `ModifyUser`: setting the same values twice gives the same state. */
export const modifyUserSpec: ActionSpec<z.infer<typeof modifyUserDataSchema>> = {
  action: 'ModifyUser',
  options: modifyUserOptionsSchema,
  envelope: dataEnvelopeSchema(modifyUserDataSchema),
  safeToRepeat: always,
};

/** `DeleteUsers`: a second delete finds nothing left to remove. */
export const deleteUsersSpec: ActionSpec<z.infer<typeof deleteUsersDataSchema>> = {
  action: 'DeleteUsers',
  options: deleteUsersOptionsSchema,
  envelope: dataEnvelopeSchema(deleteUsersDataSchema),
  safeToRepeat: always,
};
