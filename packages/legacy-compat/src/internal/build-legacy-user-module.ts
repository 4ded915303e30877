import { createPacer, type TcbUserClient } from '@org/tcb-user-client';
import type { LegacyOptions } from '../legacy-options.js';
import type { LegacyUserCalls, LegacyUserModule } from '../legacy-user-module.js';
import { createEndUser } from './create-end-user.js';
import { deleteEndUsers } from './delete-end-users.js';
import { noticeDeprecatedCall } from './deprecation-notice.js';
import { getEndUserList } from './get-end-user-list.js';
import type { LegacyContext } from './legacy-context.js';
import { modifyEndUser } from './modify-end-user.js';
import type { RequestIdRecorder } from './request-id-recorder.js';
import { setEndUserStatus } from './set-end-user-status.js';
import { updateEndUser } from './update-end-user.js';
import { createWarningSink } from './warning-sink.js';

/**
 * Puts the deprecated calls next to the new ones: the returned object has every call of the
 * client, unchanged, plus the six old calls mapped onto them.
 */
export function buildLegacyUserModule(
  client: TcbUserClient,
  options: LegacyOptions = {},
  recorder?: RequestIdRecorder,
): LegacyUserModule {
  const ctx: LegacyContext = {
    client,
    pacer: createPacer(),
    unmappedFields: options.unmappedFields ?? 'warn',
    sink: createWarningSink(options.logger),
    recorder,
  };
  const notice = (method: keyof LegacyUserCalls) => {
    if (options.deprecationWarnings !== false) noticeDeprecatedCall(method, ctx.sink);
  };

  const legacy: LegacyUserCalls = {
    async getEndUserList(o, call = {}) {
      notice('getEndUserList');
      return getEndUserList(ctx, o, call);
    },
    async createEndUser(o, call = {}) {
      notice('createEndUser');
      return createEndUser(ctx, o, call);
    },
    async modifyEndUser(o, call = {}) {
      notice('modifyEndUser');
      return modifyEndUser(ctx, o, call);
    },
    async updateEndUser(o, call = {}) {
      notice('updateEndUser');
      return updateEndUser(ctx, o, call);
    },
    async setEndUserStatus(o, call = {}) {
      notice('setEndUserStatus');
      return setEndUserStatus(ctx, o, call);
    },
    async deleteEndUsers(o, call = {}) {
      notice('deleteEndUsers');
      return deleteEndUsers(ctx, o, call);
    },
  };

  return {
    createUser: client.createUser,
    describeUserList: client.describeUserList,
    modifyUser: client.modifyUser,
    deleteUsers: client.deleteUsers,
    iterateUsers: client.iterateUsers,
    getUsersByUid: client.getUsersByUid,
    deleteUsersInBatches: client.deleteUsersInBatches,
    ...legacy,
  };
}
