import { z } from 'zod';
import { envIdSchema } from '../rules/field-schemas.js';
import { TCB_USER_LIMITS } from '../rules/limits.js';
import { endUserInfoSchema } from './end-user-info.js';

const text = () =>
  z.string({ required_error: 'is required', invalid_type_error: 'must be a string' });
const nonEmptyText = () => text().min(1, { message: 'must not be empty' });
const uuidList = () =>
  z
    .array(nonEmptyText(), { invalid_type_error: 'must be a list of uuids' })
    .max(TCB_USER_LIMITS.batchLimit, { message: 'must list at most 100 uuids' });

/** Deprecated `DescribeEndUsers` parameters (replaced by `DescribeUserList`). */
export const describeEndUsersRequestSchema = z
  .object({
    EnvId: envIdSchema,
    Offset: z
      .number({ invalid_type_error: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must be 0 or more' })
      .optional(),
    Limit: z
      .number({ invalid_type_error: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be 1-100' })
      .max(100, { message: 'must be 1-100' })
      .optional(),
    UUIds: uuidList().optional(),
  })
  .strict();

/** Deprecated `DescribeEndUsers` answer fields (directly under `Response`). */
export const describeEndUsersResultShape = {
  Total: z.number().int(),
  Users: z.array(endUserInfoSchema),
};

/** Deprecated `CreateEndUserAccount` parameters (replaced by `CreateUser`). */
export const createEndUserAccountRequestSchema = z
  .object({ EnvId: envIdSchema, Username: nonEmptyText(), Password: nonEmptyText() })
  .strict();

/** Deprecated `CreateEndUserAccount` answer fields. */
export const createEndUserAccountResultShape = { User: endUserInfoSchema };

/** Deprecated `ModifyEndUserAccount` parameters (replaced by `ModifyUser`). */
export const modifyEndUserAccountRequestSchema = z
  .object({
    EnvId: envIdSchema,
    Uuid: nonEmptyText(),
    Username: text().optional(),
    Password: text().optional(),
  })
  .strict();

/**
 * Deprecated `ModifyEndUserInfo` parameters (replaced by `ModifyUser`). Old SDKs leave `Value`
 * out of a pair whose option was not given; such a pair changes nothing.
 */
export const modifyEndUserInfoRequestSchema = z
  .object({
    EnvId: envIdSchema,
    UUId: nonEmptyText(),
    Data: z.array(z.object({ Key: nonEmptyText(), Value: text().optional() }).strict(), {
      required_error: 'is required',
      invalid_type_error: 'must be a list of { Key, Value } pairs',
    }),
  })
  .strict();

/** Deprecated `ModifyEndUser` parameters (replaced by `ModifyUser` with `UserStatus`). */
export const modifyEndUserRequestSchema = z
  .object({
    EnvId: envIdSchema,
    UUId: nonEmptyText(),
    Status: z.enum(['ENABLE', 'DISABLE'], {
      errorMap: () => ({ message: 'must be ENABLE or DISABLE' }),
    }),
  })
  .strict();

/** Deprecated `DeleteEndUser` parameters (replaced by `DeleteUsers`). */
export const deleteEndUserRequestSchema = z
  .object({
    EnvId: envIdSchema,
    UserList: uuidList().min(1, { message: 'must list 1-100 uuids (got 0)' }),
  })
  .strict();

/** Answer fields of the deprecated actions that answer nothing but a request id. */
export const emptyResultShape = {};

/** Deprecated `DescribeEndUsers` parameters. */
export type DescribeEndUsersRequest = z.input<typeof describeEndUsersRequestSchema>;
/** Deprecated `CreateEndUserAccount` parameters. */
export type CreateEndUserAccountRequest = z.input<typeof createEndUserAccountRequestSchema>;
/** Deprecated `ModifyEndUserAccount` parameters. */
export type ModifyEndUserAccountRequest = z.input<typeof modifyEndUserAccountRequestSchema>;
/** Deprecated `ModifyEndUserInfo` parameters. */
export type ModifyEndUserInfoRequest = z.input<typeof modifyEndUserInfoRequestSchema>;
/** Deprecated `ModifyEndUser` parameters. */
export type ModifyEndUserRequest = z.input<typeof modifyEndUserRequestSchema>;
/** Deprecated `DeleteEndUser` parameters. */
export type DeleteEndUserRequest = z.input<typeof deleteEndUserRequestSchema>;
