import { TCB_USER_LIMITS } from '@org/tcb-user-contract';
import { type Command, Option } from 'commander';
import { type CommandContext, targetOptionsOf } from '../command-context.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { parsePositiveInteger } from '../option-parsers.js';
import { formatUserTable } from '../output/user-table.js';
import { writeJson, writeLine } from '../output/write-output.js';
import { openTarget } from '../target/target-options.js';
import { toUserRecord } from '../users/user-columns.js';
import { addUserFilterOptions, toUserFilter, type UserFilterFlags } from './user-filter-options.js';

interface ListFlags extends UserFilterFlags {
  page?: number;
  pageSize?: number;
  all?: boolean;
  json?: boolean;
}

/** Registers `list`: one page of users (or `--all`), filtered, as a table or JSON. */
export function registerListCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('list')
    .description('List users, one page at a time or all of them, optionally filtered.')
    .option('--page <n>', 'page number, from 1', parsePositiveInteger)
    .option(
      '--page-size <n>',
      `users per page, 1-${TCB_USER_LIMITS.maxPageSize}`,
      parsePositiveInteger,
    )
    .addOption(
      new Option('--all', 'every matching user, all pages').conflicts(['page', 'pageSize']),
    )
    .option('--json', 'print JSON instead of a table');
  addUserFilterOptions(command).action(async (flags: ListFlags, cmd: Command) => {
    context.setExitCode(await runList(flags, cmd, context));
  });
}

async function runList(flags: ListFlags, cmd: Command, context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  const { client, pacer } = openTarget(targetOptionsOf(cmd), io);
  const filter = toUserFilter(flags);
  if (flags.all) {
    const users = [];
    for await (const user of client.iterateUsers(filter, { pacer })) users.push(toUserRecord(user));
    if (flags.json) writeJson(io.stdout, { total: users.length, users });
    else io.stdout.write(formatUserTable(users));
    if (!flags.json) writeLine(io.stderr, `${users.length} users.`);
    return EXIT_CODES.ok;
  }
  const pageNo = flags.page ?? 1;
  const pageSize = flags.pageSize ?? TCB_USER_LIMITS.defaultPageSize;
  await pacer.wait();
  const { Data } = await client.describeUserList({ ...filter, pageNo, pageSize });
  const users = Data.UserList.map(toUserRecord);
  if (flags.json) {
    writeJson(io.stdout, { total: Data.Total, pageNo, pageSize, users });
    return EXIT_CODES.ok;
  }
  io.stdout.write(formatUserTable(users));
  const filtered = Object.keys(filter).length > 0;
  writeLine(
    io.stderr,
    describePage({ total: Data.Total, pageNo, pageSize, shown: users.length, filtered }),
  );
  return EXIT_CODES.ok;
}

/** What `describePage` words. */
export interface PagePosition {
  /** Users matching the filters (all users without filters). */
  total: number;
  pageNo: number;
  pageSize: number;
  /** Users on this page. */
  shown: number;
  /** Whether any filter was given (the words say "match" only then). */
  filtered: boolean;
}

/** The line under a page: which users of how many, and how many pages. */
export function describePage(position: PagePosition): string {
  const { total, pageNo, pageSize, shown, filtered } = position;
  if (total === 0) return filtered ? 'No users match.' : 'No users.';
  const pages = Math.ceil(total / pageSize);
  const pageCount = `${pages} ${pages === 1 ? 'page' : 'pages'}`;
  if (shown === 0) {
    const users = `${total} ${total === 1 ? 'user' : 'users'}${filtered ? ' match' : ''}`;
    return `No users on page ${pageNo}: ${users}, ${pageCount} of ${pageSize}.`;
  }
  const first = (pageNo - 1) * pageSize + 1;
  return `Users ${first}-${first + shown - 1} of ${total} (page ${pageNo} of ${pages}).`;
}
