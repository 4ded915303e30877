import { z } from 'zod';
import { emptyOr } from '../rules/empty-or.js';
import {
  avatarUrlSchema,
  descriptionSchema,
  emailSchema,
  nickNameSchema,
  passwordSchema,
  phoneSchema,
  uidSchema,
  userNameSchema,
  userStatusSchema,
  userTypeSchema,
} from '../rules/field-schemas.js';
import { optionsObject } from '../rules/options-object.js';

/**
 * Options of `modifyUser`. For `name`, `password`, `type` and `userStatus`, `''` or an absent
 * field leaves the value unchanged. For `nickName`, `phone`, `email`, `avatarUrl` and
 * `description`, an absent field is unchanged and `''` clears it.
 */
export const modifyUserOptionsSchema = z
  .object(
    {
      uid: uidSchema,
      name: emptyOr(userNameSchema).optional(),
      type: emptyOr(userTypeSchema).optional(),
      password: emptyOr(passwordSchema).optional(),
      userStatus: emptyOr(userStatusSchema).optional(),
      nickName: emptyOr(nickNameSchema).optional(),
      phone: emptyOr(phoneSchema).optional(),
      email: emptyOr(emailSchema).optional(),
      avatarUrl: emptyOr(avatarUrlSchema).optional(),
      description: descriptionSchema.optional(),
    },
    optionsObject,
  )
  .strict();

/** What `modifyUser` accepts. */
export type ModifyUserOptions = z.input<typeof modifyUserOptionsSchema>;

/** Fields of `modifyUser` for which `''` means "leave unchanged" and is not sent. */
export const MODIFY_UNCHANGED_WHEN_EMPTY = ['name', 'password', 'type', 'userStatus'] as const;

/** Fields of `modifyUser` for which `''` is sent and clears the stored value. */
export const MODIFY_CLEARED_WHEN_EMPTY = [
  'nickName',
  'phone',
  'email',
  'avatarUrl',
  'description',
] as const;
