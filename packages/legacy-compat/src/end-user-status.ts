/** The old account status: `ENABLE` is the new `ACTIVE`, `DISABLE` the new `BLOCKED`. */
export type EndUserStatus = 'ENABLE' | 'DISABLE';

const toNew = { ENABLE: 'ACTIVE', DISABLE: 'BLOCKED' } as const;

/** Maps an old status onto the new `userStatus`; `undefined` for anything else. */
export function toUserStatus(status: unknown): 'ACTIVE' | 'BLOCKED' | undefined {
  if (status !== 'ENABLE' && status !== 'DISABLE') return undefined;
  return toNew[status];
}
