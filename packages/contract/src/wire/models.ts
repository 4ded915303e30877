import { z } from 'zod';

/** A user as the service returns it in `DescribeUserList`. */
export const userSchema = z.object({
  Uid: z.string(),
  Name: z.string(),
  Type: z.string(),
  UserStatus: z.string(),
  NickName: z.string(),
  Phone: z.string(),
  Email: z.string(),
  AvatarUrl: z.string(),
  Description: z.string(),
});

/** A user as the service returns it. */
export type User = z.infer<typeof userSchema>;
