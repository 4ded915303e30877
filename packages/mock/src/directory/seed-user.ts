import type { CreateUserOptions } from '@org/tcb-user-contract';

/** A user to put in the directory before the first request: `createUser` options plus `envId`. */
export type SeedUser = CreateUserOptions & {
  /** Environment of the user; default the directory's default environment. */
  envId?: string;
};
