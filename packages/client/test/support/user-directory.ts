import type { User } from '@org/tcb-user-contract';
import { type Answer, fail, ok, type ReceivedRequest } from './tcb-test-server.js';

/**
 * A tiny in-memory stand-in for the service, enough for the documented samples and the bulk
 * helpers: create, list (filters, paging, uid list), modify and delete.
 */
export function createUserDirectory() {
  const users: User[] = [];
  let next = 1;
  const handle = (request: ReceivedRequest): Answer => {
    const b = request.body as Record<string, unknown>;
    const id = `req-${next++}`;
    switch (request.action) {
      case 'CreateUser': {
        if (users.some((u) => u.Name === b.Name))
          return fail('FailedOperation.DuplicatedData', 'name taken', id);
        const user: User = {
          Uid: String(b.Uid ?? `uid-${next}`),
          Name: String(b.Name),
          Type: String(b.Type ?? 'internalUser'),
          UserStatus: String(b.UserStatus ?? 'ACTIVE'),
          NickName: String(b.NickName ?? ''),
          Phone: String(b.Phone ?? ''),
          Email: String(b.Email ?? ''),
          AvatarUrl: String(b.AvatarUrl ?? ''),
          Description: String(b.Description ?? ''),
        };
        users.push(user);
        return ok({ Uid: user.Uid }, id);
      }
      case 'DescribeUserList': {
        const pageNo = Number(b.PageNo ?? 1);
        const pageSize = Number(b.PageSize ?? 20);
        const uidList = b.UidList as string[] | undefined;
        const match = users.filter(
          (u) =>
            (!b.Name || u.Name.includes(String(b.Name))) &&
            (!b.NickName || u.NickName.includes(String(b.NickName))) &&
            (!uidList || uidList.includes(u.Uid)),
        );
        const page = match.slice((pageNo - 1) * pageSize, pageNo * pageSize);
        return ok({ Total: match.length, UserList: page }, id);
      }
      case 'ModifyUser': {
        const user = users.find((u) => u.Uid === b.Uid);
        if (!user) return fail('ResourceNotFound.UserNotExist', 'no such user', id);
        for (const [key, value] of Object.entries(b)) {
          if (key !== 'EnvId' && key !== 'Uid' && key !== 'Password')
            (user as unknown as Record<string, unknown>)[key] = value;
        }
        return ok({ Success: true }, id);
      }
      case 'DeleteUsers': {
        const uids = b.Uids as string[];
        let success = 0;
        for (const uid of uids) {
          const at = users.findIndex((u) => u.Uid === uid);
          if (at >= 0) {
            users.splice(at, 1);
            success++;
          }
        }
        return ok({ SuccessCount: success, FailedCount: uids.length - success }, id);
      }
      default:
        return fail('InvalidAction', 'unknown action', id);
    }
  };
  return { users, handle };
}
