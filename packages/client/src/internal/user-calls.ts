import type {
  CreateUserData,
  CreateUserOptions,
  DeleteUsersData,
  DeleteUsersOptions,
  DescribeUserListData,
  DescribeUserListOptions,
  ModifyUserData,
  ModifyUserOptions,
} from '@org/tcb-user-contract';
import type { CallOptions } from '../client-options.js';
import type { ActionResult } from './parse-answer.js';

/** The four documented calls, as the helpers use them. */
export interface UserCalls {
  createUser(options: CreateUserOptions, call?: CallOptions): Promise<ActionResult<CreateUserData>>;
  describeUserList(
    options?: DescribeUserListOptions,
    call?: CallOptions,
  ): Promise<ActionResult<DescribeUserListData>>;
  modifyUser(options: ModifyUserOptions, call?: CallOptions): Promise<ActionResult<ModifyUserData>>;
  deleteUsers(
    options: DeleteUsersOptions,
    call?: CallOptions,
  ): Promise<ActionResult<DeleteUsersData>>;
}
