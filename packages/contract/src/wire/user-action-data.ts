import { z } from 'zod';
import { userSchema } from './models.js';

/** `Data` of a successful `CreateUser`. */
export const createUserDataSchema = z.object({ Uid: z.string() });

/** `Data` of a successful `DescribeUserList`: the total of matches and one page of users. */
export const describeUserListDataSchema = z.object({
  Total: z.number().int(),
  UserList: z.array(userSchema),
});

/** `Data` of a successful `ModifyUser`. The service may answer `Success: null`. */
export const modifyUserDataSchema = z.object({ Success: z.boolean().nullable() });

/** `Data` of a successful `DeleteUsers`: uids removed, and uids that did not exist. */
export const deleteUsersDataSchema = z.object({
  SuccessCount: z.number().int(),
  FailedCount: z.number().int(),
});

/** `Data` of `CreateUser`. */
export type CreateUserData = z.infer<typeof createUserDataSchema>;
/** `Data` of `DescribeUserList`. */
export type DescribeUserListData = z.infer<typeof describeUserListDataSchema>;
/** `Data` of `ModifyUser`. */
export type ModifyUserData = z.infer<typeof modifyUserDataSchema>;
/** `Data` of `DeleteUsers`. */
export type DeleteUsersData = z.infer<typeof deleteUsersDataSchema>;
