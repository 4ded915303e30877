import type { UserAction } from '@org/tcb-user-contract';
import type { DirectoryContext } from './directory-context.js';
import {
  createEndUserAccount,
  deleteEndUser,
  describeEndUsers,
  modifyEndUser,
  modifyEndUserAccount,
  modifyEndUserInfo,
} from './end-user-operations.js';
import { createUser, deleteUsers, describeUserList, modifyUser } from './user-operations.js';

// biome-ignore lint/suspicious/noExplicitAny: each entry gets what its own schema parsed.
type Operation = (ctx: DirectoryContext, request: any) => Promise<object>;

/** The directory operation behind each action, new and deprecated. */
export const ACTION_OPERATIONS: Readonly<Record<UserAction, Operation>> = {
  CreateUser: createUser,
  DescribeUserList: describeUserList,
  ModifyUser: modifyUser,
  DeleteUsers: deleteUsers,
  DescribeEndUsers: describeEndUsers,
  CreateEndUserAccount: createEndUserAccount,
  ModifyEndUserAccount: modifyEndUserAccount,
  ModifyEndUserInfo: modifyEndUserInfo,
  ModifyEndUser: modifyEndUser,
  DeleteEndUser: deleteEndUser,
};
