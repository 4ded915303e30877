import type { TcbUserClientOptions } from '../client-options.js';
import { createPacer } from '../create-pacer.js';
import { deleteUsersInBatches } from '../delete-users-in-batches.js';
import { getUsersByUid } from '../get-users-by-uid.js';
import { iterateUsers } from '../iterate-users.js';
import type { TcbUserClient } from '../tcb-user-client.js';
import {
  createUserSpec,
  deleteUsersSpec,
  describeUserListSpec,
  modifyUserSpec,
} from './action-specs.js';
import { callAction } from './call-action.js';
import { createClientCore, type Runtime } from './client-core.js';

/** Builds a client on the given runtime (Node or browser). */
export function buildClient(options: TcbUserClientOptions, runtime: Runtime): TcbUserClient {
  const core = createClientCore(options, runtime);
  const pacer = createPacer();
  const calls = {
    createUser: (o, c) => callAction(core, createUserSpec, o, c),
    describeUserList: (o, c) => callAction(core, describeUserListSpec, o, c),
    modifyUser: (o, c) => callAction(core, modifyUserSpec, o, c),
    deleteUsers: (o, c) => callAction(core, deleteUsersSpec, o, c),
  } satisfies Pick<TcbUserClient, 'createUser' | 'describeUserList' | 'modifyUser' | 'deleteUsers'>;
  return {
    ...calls,
    iterateUsers: (filter, o) => iterateUsers(calls, pacer, filter, o),
    getUsersByUid: (uids, o) => getUsersByUid(calls, pacer, uids, o),
    deleteUsersInBatches: (uids, o) => deleteUsersInBatches(calls, pacer, uids, o),
  };
}
