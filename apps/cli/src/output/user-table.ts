import type { UserRecord } from '../users/user-columns.js';
import { formatTable, type TableColumn } from './format-table.js';

const columns: readonly TableColumn<UserRecord>[] = [
  { header: 'UID', value: (u) => u.uid, whole: true },
  { header: 'NAME', value: (u) => u.name },
  { header: 'TYPE', value: (u) => u.type },
  { header: 'STATUS', value: (u) => u.userStatus },
  { header: 'NICKNAME', value: (u) => u.nickName },
  { header: 'PHONE', value: (u) => u.phone },
  { header: 'EMAIL', value: (u) => u.email },
];

/** Formats users as the default table of `list` and `get` (avatar and description via `--json`). */
export function formatUserTable(users: readonly UserRecord[]): string {
  return formatTable(users, columns);
}
