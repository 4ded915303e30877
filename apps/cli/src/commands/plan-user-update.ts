// The API's rule for `ModifyUser`: an empty value leaves these fields as they are (the others
// are cleared by it).
const keptWhenEmpty = new Set(['name', 'type', 'userStatus', 'password']);

/** What `update` sends and how it reports it. */
export interface UserUpdatePlan {
  /** Fields to send, with their values (empty values only for fields they clear). */
  fields: Record<string, string>;
  /** Fields given a new value, in option order. */
  changed: string[];
  /** Fields emptied: nickName, phone, email, avatarUrl or description given as `''`. */
  cleared: string[];
}

/**
 * Splits the fields given to `update` into what is actually sent: `''` for name, type, user
 * status or password means "leave unchanged", so those are dropped instead of being reported as
 * changes; `''` for the other fields clears them.
 */
export function planUserUpdate(given: Readonly<Record<string, string>>): UserUpdatePlan {
  const plan: UserUpdatePlan = { fields: {}, changed: [], cleared: [] };
  for (const [field, value] of Object.entries(given)) {
    if (value === '' && keptWhenEmpty.has(field)) continue;
    plan.fields[field] = value;
    (value === '' ? plan.cleared : plan.changed).push(field);
  }
  return plan;
}

/** The one-line result of `update`: which fields were changed and which cleared. */
export function describeUserUpdate(uid: string, plan: UserUpdatePlan): string {
  const parts = [
    plan.changed.length > 0 ? `changed ${plan.changed.join(', ')}` : '',
    plan.cleared.length > 0 ? `cleared ${plan.cleared.join(', ')}` : '',
  ];
  return `Updated user ${uid}: ${parts.filter(Boolean).join('; ')}.`;
}
