import { z } from 'zod';
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

/** Options of `createUser`, as callers pass them (camelCase, `envId` comes from the client). */
export const createUserOptionsSchema = z
  .object(
    {
      name: userNameSchema,
      uid: uidSchema.optional(),
      type: userTypeSchema.optional(),
      password: passwordSchema.optional(),
      userStatus: userStatusSchema.optional(),
      nickName: nickNameSchema.optional(),
      phone: phoneSchema.optional(),
      email: emailSchema.optional(),
      avatarUrl: avatarUrlSchema.optional(),
      description: descriptionSchema.optional(),
    },
    optionsObject,
  )
  .strict();

/** What `createUser` accepts. */
export type CreateUserOptions = z.input<typeof createUserOptionsSchema>;
