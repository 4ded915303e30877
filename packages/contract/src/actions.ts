import { TCB_USER_LIMITS } from './rules/limits.js';

/** Facts about one action of the user-management API. */
export interface ActionInfo {
  /** The `X-TC-Action` value. */
  action: string;
  /** The SDK method that calls it (`createUser`, or the old `getEndUserList`). */
  method: string;
  /** Requests per second the service accepts for the action. */
  rateLimitPerSecond: number;
  /** Largest number of uids one call may carry, where the action takes a list. */
  batchLimit?: number;
  /** Whether the result sits under `Response.Data` (new actions) or directly under `Response`. */
  dataUnderData: boolean;
  /** Whether sending the same request twice is harmless (safe to retry). */
  idempotent: boolean;
  /** Set on withdrawn actions: the action that replaces it. */
  replacedBy?: NewUserAction;
}

/** The current user-management actions. */
export const NEW_USER_ACTIONS = [
  'CreateUser',
  'DescribeUserList',
  'ModifyUser',
  'DeleteUsers',
] as const;

/** The withdrawn `EndUser` actions that old SDKs still call. */
export const DEPRECATED_USER_ACTIONS = [
  'DescribeEndUsers',
  'CreateEndUserAccount',
  'ModifyEndUserAccount',
  'ModifyEndUserInfo',
  'ModifyEndUser',
  'DeleteEndUser',
] as const;

/** One of the current user-management actions. */
export type NewUserAction = (typeof NEW_USER_ACTIONS)[number];
/** One of the withdrawn `EndUser` actions. */
export type DeprecatedUserAction = (typeof DEPRECATED_USER_ACTIONS)[number];
/** Any action this suite knows. */
export type UserAction = NewUserAction | DeprecatedUserAction;

const rate = TCB_USER_LIMITS.rateLimitPerSecond;
const batch = TCB_USER_LIMITS.batchLimit;

/** Per-action metadata: rate limit, batch limit, result placement, retry safety, replacement. */
export const ACTION_INFO: Readonly<Record<UserAction, ActionInfo>> = {
  CreateUser: {
    action: 'CreateUser',
    method: 'createUser',
    rateLimitPerSecond: rate,
    dataUnderData: true,
    idempotent: false,
  },
  DescribeUserList: {
    action: 'DescribeUserList',
    method: 'describeUserList',
    rateLimitPerSecond: rate,
    batchLimit: batch,
    dataUnderData: true,
    idempotent: true,
  },
  ModifyUser: {
    action: 'ModifyUser',
    method: 'modifyUser',
    rateLimitPerSecond: rate,
    dataUnderData: true,
    idempotent: true,
  },
  DeleteUsers: {
    action: 'DeleteUsers',
    method: 'deleteUsers',
    rateLimitPerSecond: rate,
    batchLimit: batch,
    dataUnderData: true,
    idempotent: true,
  },
  DescribeEndUsers: {
    action: 'DescribeEndUsers',
    method: 'getEndUserList',
    rateLimitPerSecond: rate,
    batchLimit: batch,
    dataUnderData: false,
    idempotent: true,
    replacedBy: 'DescribeUserList',
  },
  CreateEndUserAccount: {
    action: 'CreateEndUserAccount',
    method: 'createEndUser',
    rateLimitPerSecond: rate,
    dataUnderData: false,
    idempotent: false,
    replacedBy: 'CreateUser',
  },
  ModifyEndUserAccount: {
    action: 'ModifyEndUserAccount',
    method: 'modifyEndUser',
    rateLimitPerSecond: rate,
    dataUnderData: false,
    idempotent: true,
    replacedBy: 'ModifyUser',
  },
  ModifyEndUserInfo: {
    action: 'ModifyEndUserInfo',
    method: 'updateEndUser',
    rateLimitPerSecond: rate,
    dataUnderData: false,
    idempotent: true,
    replacedBy: 'ModifyUser',
  },
  ModifyEndUser: {
    action: 'ModifyEndUser',
    method: 'setEndUserStatus',
    rateLimitPerSecond: rate,
    dataUnderData: false,
    idempotent: true,
    replacedBy: 'ModifyUser',
  },
  DeleteEndUser: {
    action: 'DeleteEndUser',
    method: 'deleteEndUsers',
    rateLimitPerSecond: rate,
    batchLimit: batch,
    dataUnderData: false,
    idempotent: true,
    replacedBy: 'DeleteUsers',
  },
};

/** Tells whether a string names an action this suite knows. */
export function isUserAction(name: string): name is UserAction {
  return Object.hasOwn(ACTION_INFO, name);
}
