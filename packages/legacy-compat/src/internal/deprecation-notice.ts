import type { LegacyUserCalls } from '../legacy-user-module.js';
import type { WarningSink } from './warning-sink.js';

/** The deprecated calls, each with the new call to use instead. */
export const REPLACEMENTS: Readonly<Record<keyof LegacyUserCalls, string>> = {
  getEndUserList: 'describeUserList({ pageNo, pageSize }) or iterateUsers()',
  createEndUser: 'createUser({ name, password })',
  modifyEndUser: 'modifyUser({ uid, name, password })',
  updateEndUser: 'modifyUser({ uid, nickName, avatarUrl })',
  setEndUserStatus: "modifyUser({ uid, userStatus: 'ACTIVE' | 'BLOCKED' })",
  deleteEndUsers: 'deleteUsersInBatches(uids)',
};

// One notice per call per process, whichever app makes the call.
const noticed = new Set<string>();

/** Writes the deprecation notice of a call, the first time it is used in this process. */
export function noticeDeprecatedCall(method: keyof LegacyUserCalls, sink: WarningSink): void {
  if (noticed.has(method)) return;
  noticed.add(method);
  sink.deprecation(
    `TCB_USER_LEGACY_${method.toUpperCase()}`,
    `app.user.${method}() is deprecated and mapped onto the new user calls by ` +
      `@org/tcb-user-legacy-compat; use app.user.${REPLACEMENTS[method]} instead.`,
  );
}

/** Forgets which notices were written, so tests can watch them again. */
export function resetDeprecationNotices(): void {
  noticed.clear();
}
