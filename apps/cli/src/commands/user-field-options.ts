import { type Command, Option } from 'commander';

/** The user fields `create` and `update` take, as commander parses them. */
export interface UserFieldFlags {
  name?: string;
  type?: string;
  status?: string;
  nickName?: string;
  phone?: string;
  email?: string;
  avatarUrl?: string;
  description?: string;
  passwordStdin?: boolean;
}

/**
 * Adds the user field options. Values are checked by the contract's rules when the command
 * runs, so `--help` and the errors state one rule set. Passwords are read from stdin only:
 * a command line is visible to every user of the machine.
 */
export function addUserFieldOptions(command: Command, nameRequired: boolean): Command {
  const name = nameRequired
    ? new Option('--name <name>', 'user name: 1-64 of A-Z a-z 0-9 . _ -').makeOptionMandatory()
    : new Option('--name <name>', 'new user name');
  return command
    .addOption(name)
    .option('--type <type>', 'account type: internalUser or externalUser')
    .option('--status <status>', 'account status: ACTIVE or BLOCKED')
    .option('--nick-name <text>', 'display name, 2-64 characters')
    .option('--phone <number>', 'mainland mobile number: 1 followed by 10 digits')
    .option('--email <address>', 'email address')
    .option('--avatar-url <url>', 'absolute http(s) URL of the avatar')
    .option('--description <text>', 'free text, up to 200 characters')
    .option('--password-stdin', 'read the password from stdin (first line)');
}

/** Maps the parsed flags to the client's option names, leaving absent ones out. */
export function toUserFields(flags: UserFieldFlags): Record<string, string> {
  const fields: Record<string, string> = {};
  const pairs: [string, string | undefined][] = [
    ['name', flags.name],
    ['type', flags.type],
    ['userStatus', flags.status],
    ['nickName', flags.nickName],
    ['phone', flags.phone],
    ['email', flags.email],
    ['avatarUrl', flags.avatarUrl],
    ['description', flags.description],
  ];
  for (const [key, value] of pairs) if (value !== undefined) fields[key] = value;
  return fields;
}
