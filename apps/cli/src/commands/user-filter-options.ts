import type { UserFilter } from '@org/tcb-user-client';
import type { Command } from 'commander';

/** The filter options of `list` and `export`, as commander parses them. */
export interface UserFilterFlags {
  name?: string;
  nickName?: string;
  phone?: string;
  email?: string;
  uid?: string[];
}

/** Adds the user filter options to a command. */
export function addUserFilterOptions(command: Command): Command {
  return command
    .option('--name <text>', 'only users whose name contains this text (case-sensitive)')
    .option('--nick-name <text>', 'only users whose nickname contains this text')
    .option('--phone <text>', 'only users whose phone number contains this text')
    .option('--email <text>', 'only users whose email contains this text')
    .option('--uid <uid...>', 'only these uids (at most 100)');
}

/** Turns the parsed filter options into the client's filter (absent options left out). */
export function toUserFilter(flags: UserFilterFlags): UserFilter {
  const filter: UserFilter = {};
  if (flags.name !== undefined) filter.name = flags.name;
  if (flags.nickName !== undefined) filter.nickName = flags.nickName;
  if (flags.phone !== undefined) filter.phone = flags.phone;
  if (flags.email !== undefined) filter.email = flags.email;
  if (flags.uid !== undefined) filter.uidList = flags.uid;
  return filter;
}
