import { MODIFY_UNCHANGED_WHEN_EMPTY } from './options/modify-user-options.js';

/** Upper-cases the first letter: `nickName` → `NickName`, `uidList` → `UidList`. */
export function toWireKey(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/**
 * Turns validated camelCase options into a wire request: PascalCase keys, `EnvId` added, absent
 * fields left out. For `ModifyUser`, `''` in a "leave unchanged" field is left out as well,
 * while `''` in a clearable field is kept, because it clears the stored value.
 */
export function toWireRequest(
  action: string,
  envId: string,
  options: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const dropEmpty: readonly string[] = action === 'ModifyUser' ? MODIFY_UNCHANGED_WHEN_EMPTY : [];
  const request: Record<string, unknown> = { EnvId: envId };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (value === '' && dropEmpty.includes(key)) continue;
    request[toWireKey(key)] = value;
  }
  return request;
}
