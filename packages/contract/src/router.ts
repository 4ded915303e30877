/**
 * The ts-rest router of every user-management action, as the `@org/tcb-user-contract/router`
 * entry.
 *
 * @example
 * ```ts
 * import { initClient } from '@ts-rest/core';
 * import { tcbUserRouter } from '@org/tcb-user-contract/router';
 *
 * const client = initClient(tcbUserRouter, { baseUrl: 'http://127.0.0.1:9000', baseHeaders: {} });
 * ```
 */
import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { TCB_API_VERSION } from './rules/limits.js';
import {
  createEndUserAccountRequestSchema,
  createEndUserAccountResultShape,
  deleteEndUserRequestSchema,
  describeEndUsersRequestSchema,
  describeEndUsersResultShape,
  emptyResultShape,
  modifyEndUserAccountRequestSchema,
  modifyEndUserInfoRequestSchema,
  modifyEndUserRequestSchema,
} from './wire/end-user-actions.js';
import { answerSchema, dataEnvelopeSchema, flatEnvelopeSchema } from './wire/envelope.js';
import {
  createUserDataSchema,
  deleteUsersDataSchema,
  describeUserListDataSchema,
  modifyUserDataSchema,
} from './wire/user-action-data.js';
import {
  createUserRequestSchema,
  deleteUsersRequestSchema,
  describeUserListRequestSchema,
  modifyUserRequestSchema,
} from './wire/user-action-requests.js';

const c = initContract();

/** The literal headers that select an action: `X-TC-Action` and `X-TC-Version`, lowercased. */
function actionHeaders<A extends string>(action: A) {
  return z.object({
    'x-tc-action': z.literal(action),
    'x-tc-version': z.literal(TCB_API_VERSION),
  });
}

/**
 * The ts-rest router of every user-management action, keyed by action name. All are `POST /`
 * and differ only in their `X-TC-Action` header (also in `metadata.action`); every answer is
 * HTTP 200 with either a success envelope or an error envelope.
 */
export const tcbUserRouter = c.router(
  {
    CreateUser: {
      method: 'POST',
      path: '/',
      headers: actionHeaders('CreateUser'),
      body: createUserRequestSchema,
      responses: { 200: answerSchema(dataEnvelopeSchema(createUserDataSchema)) },
      metadata: { action: 'CreateUser' } as const,
      summary: 'Create a user in an environment',
    },
    DescribeUserList: {
      method: 'POST',
      path: '/',
      headers: actionHeaders('DescribeUserList'),
      body: describeUserListRequestSchema,
      responses: { 200: answerSchema(dataEnvelopeSchema(describeUserListDataSchema)) },
      metadata: { action: 'DescribeUserList' } as const,
      summary: 'List users, filtered and paged',
    },
    ModifyUser: {
      method: 'POST',
      path: '/',
      headers: actionHeaders('ModifyUser'),
      body: modifyUserRequestSchema,
      responses: { 200: answerSchema(dataEnvelopeSchema(modifyUserDataSchema)) },
      metadata: { action: 'ModifyUser' } as const,
      summary: 'Change the fields of one user',
    },
    DeleteUsers: {
      method: 'POST',
      path: '/',
      headers: actionHeaders('DeleteUsers'),
      body: deleteUsersRequestSchema,
      responses: { 200: answerSchema(dataEnvelopeSchema(deleteUsersDataSchema)) },
      metadata: { action: 'DeleteUsers' } as const,
      summary: 'Delete up to 100 users',
    },
    DescribeEndUsers: {
      method: 'POST',
      path: '/',
      headers: actionHeaders('DescribeEndUsers'),
      body: describeEndUsersRequestSchema,
      responses: { 200: answerSchema(flatEnvelopeSchema(describeEndUsersResultShape)) },
      metadata: { action: 'DescribeEndUsers' } as const,
      deprecated: true,
      summary: 'Deprecated: list end users. Use DescribeUserList',
    },
    CreateEndUserAccount: {
      method: 'POST',
      path: '/',
      headers: actionHeaders('CreateEndUserAccount'),
      body: createEndUserAccountRequestSchema,
      responses: { 200: answerSchema(flatEnvelopeSchema(createEndUserAccountResultShape)) },
      metadata: { action: 'CreateEndUserAccount' } as const,
      deprecated: true,
      summary: 'Deprecated: create an end user account. Use CreateUser',
    },
    ModifyEndUserAccount: {
      method: 'POST',
      path: '/',
      headers: actionHeaders('ModifyEndUserAccount'),
      body: modifyEndUserAccountRequestSchema,
      responses: { 200: answerSchema(flatEnvelopeSchema(emptyResultShape)) },
      metadata: { action: 'ModifyEndUserAccount' } as const,
      deprecated: true,
      summary: 'Deprecated: change an account name or password. Use ModifyUser',
    },
    ModifyEndUserInfo: {
      method: 'POST',
      path: '/',
      headers: actionHeaders('ModifyEndUserInfo'),
      body: modifyEndUserInfoRequestSchema,
      responses: { 200: answerSchema(flatEnvelopeSchema(emptyResultShape)) },
      metadata: { action: 'ModifyEndUserInfo' } as const,
      deprecated: true,
      summary: 'Deprecated: change profile fields as key/value pairs. Use ModifyUser',
    },
    ModifyEndUser: {
      method: 'POST',
      path: '/',
      headers: actionHeaders('ModifyEndUser'),
      body: modifyEndUserRequestSchema,
      responses: { 200: answerSchema(flatEnvelopeSchema(emptyResultShape)) },
      metadata: { action: 'ModifyEndUser' } as const,
      deprecated: true,
      summary: 'Deprecated: enable or disable an end user. Use ModifyUser with UserStatus',
    },
    DeleteEndUser: {
      method: 'POST',
      path: '/',
      headers: actionHeaders('DeleteEndUser'),
      body: deleteEndUserRequestSchema,
      responses: { 200: answerSchema(flatEnvelopeSchema(emptyResultShape)) },
      metadata: { action: 'DeleteEndUser' } as const,
      deprecated: true,
      summary: 'Deprecated: delete end users. Use DeleteUsers',
    },
  },
  { strictStatusCodes: true },
);

/** The type of `tcbUserRouter`. */
export type TcbUserRouter = typeof tcbUserRouter;
