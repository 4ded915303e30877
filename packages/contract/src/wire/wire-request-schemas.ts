import type { UserAction } from '../actions.js';
import {
  createEndUserAccountRequestSchema,
  deleteEndUserRequestSchema,
  describeEndUsersRequestSchema,
  modifyEndUserAccountRequestSchema,
  modifyEndUserInfoRequestSchema,
  modifyEndUserRequestSchema,
} from './end-user-actions.js';
import {
  createUserRequestSchema,
  deleteUsersRequestSchema,
  describeUserListRequestSchema,
  modifyUserRequestSchema,
} from './user-action-requests.js';

/**
 * The wire request schema of every action, by action name, for services that validate what
 * arrives. The same schemas are the bodies of `tcbUserRouter`'s routes.
 */
export const WIRE_REQUEST_SCHEMAS = {
  CreateUser: createUserRequestSchema,
  DescribeUserList: describeUserListRequestSchema,
  ModifyUser: modifyUserRequestSchema,
  DeleteUsers: deleteUsersRequestSchema,
  DescribeEndUsers: describeEndUsersRequestSchema,
  CreateEndUserAccount: createEndUserAccountRequestSchema,
  ModifyEndUserAccount: modifyEndUserAccountRequestSchema,
  ModifyEndUserInfo: modifyEndUserInfoRequestSchema,
  ModifyEndUser: modifyEndUserRequestSchema,
  DeleteEndUser: deleteEndUserRequestSchema,
} as const satisfies Record<UserAction, unknown>;
