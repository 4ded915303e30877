import { z } from 'zod';

/** A user in the shape of the deprecated `EndUser` actions. */
export const endUserInfoSchema = z.object({
  UUId: z.string(),
  WXOpenId: z.string(),
  QQOpenId: z.string(),
  Phone: z.string(),
  Email: z.string(),
  NickName: z.string(),
  Gender: z.string(),
  AvatarUrl: z.string(),
  UpdateTime: z.string(),
  CreateTime: z.string(),
  IsAnonymous: z.boolean(),
  IsDisabled: z.boolean(),
  HasPassword: z.boolean(),
  UserName: z.string(),
});

/** A user in the shape of the deprecated `EndUser` actions. */
export type EndUserInfo = z.infer<typeof endUserInfoSchema>;
