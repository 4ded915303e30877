import { z } from 'zod';
import { emptyOr } from '../rules/empty-or.js';
import {
  avatarUrlSchema,
  descriptionSchema,
  emailSchema,
  envIdSchema,
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

/** Wire parameters of `DeleteUsers`: 1-100 uids. */
export const deleteUsersRequestSchema = z
  .object({ EnvId: envIdSchema, Uids: uidBatchSchema })
  .strict();

/** Wire parameters of `CreateUser`. */
export type CreateUserRequest = z.input<typeof createUserRequestSchema>;
/** Wire parameters of `DescribeUserList`. */
export type DescribeUserListRequest = z.input<typeof describeUserListRequestSchema>;
/** Wire parameters of `ModifyUser`. */
export type ModifyUserRequest = z.input<typeof modifyUserRequestSchema>;
/** Wire parameters of `DeleteUsers`. */
export type DeleteUsersRequest = z.input<typeof deleteUsersRequestSchema>;
