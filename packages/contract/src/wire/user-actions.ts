import { z } from 'zod';
import { emptyOr } from '../rules/empty-or.js';
import {
  avatarUrlSchema,
  descriptionSchema,
  emailSchema,
  filterTextSchema,
  nickNameSchema,
  pageNoSchema,
  pageSizeSchema,
  passwordSchema,
  phoneSchema,
  uidBatchSchema,
  uidFilterSchema,
  uidSchema,
  userNameSchema,
  userStatusSchema,
  userTypeSchema,
} from '../rules/field-schemas.js';
import { userSchema } from './models.js';

/** The environment id every request carries. */
export const envIdSchema = z
  .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
  .min(1, { message: 'must not be empty' });

/** Wire parameters of `CreateUser`. Unknown keys are refused. */
export const createUserRequestSchema = z
  .object({
    EnvId: envIdSchema,
    Name: userNameSchema,
    Uid: uidSchema.optional(),
    Type: userTypeSchema.optional(),
    Password: passwordSchema.optional(),
    UserStatus: userStatusSchema.optional(),
    NickName: nickNameSchema.optional(),
    Phone: phoneSchema.optional(),
    Email: emailSchema.optional(),
    AvatarUrl: avatarUrlSchema.optional(),
    Description: descriptionSchema.optional(),
  })
  .strict();

/** `Data` of a successful `CreateUser`. */
export const createUserDataSchema = z.object({ Uid: z.string() });

/** Wire parameters of `DescribeUserList`. Unknown keys are refused. */
export const describeUserListRequestSchema = z
  .object({
    EnvId: envIdSchema,
    PageNo: pageNoSchema.optional(),
    PageSize: pageSizeSchema.optional(),
    Name: filterTextSchema.optional(),
    NickName: filterTextSchema.optional(),
    Phone: filterTextSchema.optional(),
    Email: filterTextSchema.optional(),
    UidList: uidFilterSchema.optional(),
  })
  .strict();

/** `Data` of a successful `DescribeUserList`: the total of matches and one page of users. */
export const describeUserListDataSchema = z.object({
  Total: z.number().int(),
  UserList: z.array(userSchema),
});

/**
 * Wire parameters of `ModifyUser`. `''` leaves `Name`, `Password`, `Type` and `UserStatus`
 * unchanged, and clears `NickName`, `Phone`, `Email`, `AvatarUrl` and `Description`.
 */
export const modifyUserRequestSchema = z
  .object({
    EnvId: envIdSchema,
    Uid: uidSchema,
    Name: emptyOr(userNameSchema).optional(),
    Type: emptyOr(userTypeSchema).optional(),
    Password: emptyOr(passwordSchema).optional(),
    UserStatus: emptyOr(userStatusSchema).optional(),
    NickName: emptyOr(nickNameSchema).optional(),
    Phone: emptyOr(phoneSchema).optional(),
    Email: emptyOr(emailSchema).optional(),
    AvatarUrl: emptyOr(avatarUrlSchema).optional(),
    Description: descriptionSchema.optional(),
  })
  .strict();

/** `Data` of a successful `ModifyUser`. The service may answer `Success: null`. */
export const modifyUserDataSchema = z.object({ Success: z.boolean().nullable() });

/** Wire parameters of `DeleteUsers`: 1-100 uids. */
export const deleteUsersRequestSchema = z
  .object({ EnvId: envIdSchema, Uids: uidBatchSchema })
  .strict();

/** `Data` of a successful `DeleteUsers`: uids removed, and uids that did not exist. */
export const deleteUsersDataSchema = z.object({
  SuccessCount: z.number().int(),
  FailedCount: z.number().int(),
});

/** Wire parameters of `CreateUser`. */
export type CreateUserRequest = z.input<typeof createUserRequestSchema>;
/** `Data` of `CreateUser`. */
export type CreateUserData = z.infer<typeof createUserDataSchema>;
/** Wire parameters of `DescribeUserList`. */
export type DescribeUserListRequest = z.input<typeof describeUserListRequestSchema>;
/** `Data` of `DescribeUserList`. */
export type DescribeUserListData = z.infer<typeof describeUserListDataSchema>;
/** Wire parameters of `ModifyUser`. */
export type ModifyUserRequest = z.input<typeof modifyUserRequestSchema>;
/** `Data` of `ModifyUser`. */
export type ModifyUserData = z.infer<typeof modifyUserDataSchema>;
/** Wire parameters of `DeleteUsers`. */
export type DeleteUsersRequest = z.input<typeof deleteUsersRequestSchema>;
/** `Data` of `DeleteUsers`. */
export type DeleteUsersData = z.infer<typeof deleteUsersDataSchema>;
