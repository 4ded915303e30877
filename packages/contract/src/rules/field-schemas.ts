import { z } from 'zod';
import { countCodePoints } from './count-code-points.js';
import { TCB_USER_LIMITS } from './limits.js';
import { explainPasswordProblem } from './password-rule.js';

/**
 * Every message below states the rule without the field name: issue paths carry the field, and
 * `formatIssues` joins the two ("nickName: must be 2-64 characters long (got 1)").
 */
function text() {
  return z.string({ required_error: 'is required', invalid_type_error: 'must be a string' });
}

// A lone surrogate half is not a character: it cannot be stored or shown as text. Runtimes
// without `isWellFormed` (older than ES2024) skip this check.
function isMalformed(value: string): boolean {
  return (value as { isWellFormed?: () => boolean }).isWellFormed?.() === false;
}

function lengthBetween(min: number, max: number) {
  return (value: string, ctx: z.RefinementCtx) => {
    if (isMalformed(value)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be valid Unicode text' });
      return;
    }
    const length = countCodePoints(value);
    if (length < min || length > max) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `must be ${min}-${max} characters long (got ${length})`,
        params: { rule: 'length' },
      });
    }
  };
}

/** The environment id every request carries. */
export const envIdSchema = z
  .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
  .min(1, { message: 'must not be empty' });

/** Pattern a user name must match: a letter or digit, then letters, digits, `.`, `_` or `-`. */
export const USER_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Pattern a phone number must match: a mainland number, `1` followed by 10 digits. */
export const PHONE_PATTERN = /^1\d{10}$/;

/** A user name: 1-64 characters of `A-Z a-z 0-9 . _ -`, starting with a letter or digit. */
export const userNameSchema = text()
  .superRefine(lengthBetween(1, 64))
  .refine((value) => value === '' || USER_NAME_PATTERN.test(value), {
    message: 'may contain only A-Z a-z 0-9 . _ - and must start with a letter or digit',
  });

/** A uid given by the caller: 1-64 characters. The service generates one when it is absent. */
export const uidSchema = text().superRefine(lengthBetween(1, 64));

/** The account type: `internalUser` (the default) or `externalUser`. */
export const userTypeSchema = z.enum(['internalUser', 'externalUser'], {
  errorMap: () => ({ message: 'must be internalUser or externalUser' }),
});

/** The account status: `ACTIVE` (the default) or `BLOCKED`. */
export const userStatusSchema = z.enum(['ACTIVE', 'BLOCKED'], {
  errorMap: () => ({ message: 'must be ACTIVE or BLOCKED' }),
});

/** A password meeting the service rule (see `PASSWORD_RULE_TEXT`). */
export const passwordSchema = text().superRefine((value, ctx) => {
  const problem = explainPasswordProblem(value);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});

/** A display name: 2-64 Unicode code points. */
export const nickNameSchema = text().superRefine(lengthBetween(2, 64));

/** A mainland phone number: 11 digits starting with `1`. */
export const phoneSchema = text().regex(PHONE_PATTERN, {
  message: 'must be an 11-digit mainland number: 1 followed by 10 digits',
});

/** An email address. */
export const emailSchema = text()
  .max(254, { message: 'must be at most 254 characters long' })
  .email({ message: 'must be an email address such as name@example.com' });

/** An absolute `http` or `https` URL. */
export const avatarUrlSchema = text().refine(isHttpUrl, {
  message: 'must be an absolute http(s) URL such as https://example.com/a.png',
});

/** A free-text description of at most 200 Unicode code points. */
export const descriptionSchema = text().superRefine(lengthBetween(0, 200));

/** A page number: an integer from 1. */
export const pageNoSchema = z
  .number({ required_error: 'is required', invalid_type_error: 'must be a number' })
  .int({ message: 'must be a whole number' })
  .min(1, { message: 'must be 1 or more' });

/** A page size: an integer from 1 to 100. */
export const pageSizeSchema = z
  .number({ required_error: 'is required', invalid_type_error: 'must be a number' })
  .int({ message: 'must be a whole number' })
  .min(1, { message: `must be 1-${TCB_USER_LIMITS.maxPageSize}` })
  .max(TCB_USER_LIMITS.maxPageSize, { message: `must be 1-${TCB_USER_LIMITS.maxPageSize}` });

/** A substring filter of `DescribeUserList` (case-sensitive). */
export const filterTextSchema = text();

/** A list of 1-100 non-empty uids, as `DeleteUsers` takes. */
export const uidBatchSchema = z
  .array(text().min(1, { message: 'must not be empty' }), {
    required_error: 'is required',
    invalid_type_error: 'must be a list of uids',
  })
  .min(1, { message: 'must list 1-100 uids (got 0)' })
  .superRefine((list, ctx) => {
    if (list.length > TCB_USER_LIMITS.batchLimit) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `must list 1-${TCB_USER_LIMITS.batchLimit} uids (got ${list.length})`,
      });
    }
  });

/** A uid filter of at most 100 uids, as `DescribeUserList` takes. */
export const uidFilterSchema = z
  .array(text(), { invalid_type_error: 'must be a list of uids' })
  .max(TCB_USER_LIMITS.batchLimit, { message: 'must list at most 100 uids' });

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
