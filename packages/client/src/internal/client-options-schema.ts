import { envIdSchema } from '@org/tcb-user-contract';
import { z } from 'zod';

/** The longest delay `setTimeout` keeps; a larger one fires at once, after a warning. */
export const MAX_TIMER_MS = 2_147_483_647;

const fn = (what: string) =>
  z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', {
    message: `must be ${what}`,
  });

const aFunction = fn('a function');

/** A whole number from `min` to `max`; one message for every way to miss it (NaN, Infinity…). */
const wholeNumber = (min: number, max: number, unit = '') =>
  z.custom<number>((v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max, {
    message: `must be a whole number${unit} from ${min} to ${max}`,
  });

const ms = (min: number) => wholeNumber(min, MAX_TIMER_MS, ' of milliseconds');

// The contract's env id rule is exactly "a non-empty string"; credentials and region share it.
const nonEmptyText = envIdSchema;

/**
 * A credential: present, non-empty, no whitespace anywhere. Messages never repeat the value,
 * since it may be a secret.
 */
export const credentialSchema = nonEmptyText.refine((value) => !/\s/.test(value), {
  message: 'must not contain whitespace (look for a stray space or line break)',
});

const URL_RULE = 'must be an absolute http(s) URL';

// Names what is wrong with an endpoint, never repeating it: it may carry a password.
const endpointSchema = z.string({ invalid_type_error: URL_RULE }).superRefine((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {}
  const message =
    !url || !/^https?:$/.test(url.protocol)
      ? URL_RULE
      : url.username || url.password
        ? 'must not carry a user name or password'
        : '';
  if (message) ctx.addIssue({ code: 'custom', message });
});

const signalSchema = z.custom<AbortSignal>(
  (v) => typeof v === 'object' && v !== null && 'aborted' in v,
  { message: 'must be an AbortSignal' },
);

const loggerSchema = z.object(
  {
    debug: aFunction,
    info: aFunction,
    warn: aFunction,
    error: aFunction,
  },
  { invalid_type_error: 'must be an object with debug, info, warn and error functions' },
);

/** Client options after credentials and endpoint were filled in from the environment. */
export const clientOptionsSchema = z
  .object({
    secretId: credentialSchema,
    secretKey: credentialSchema,
    sessionToken: credentialSchema.optional(),
    envId: envIdSchema,
    region: nonEmptyText.optional(),
    endpoint: endpointSchema,
    language: z.enum(['zh-CN', 'en-US'], { message: 'must be zh-CN or en-US' }).optional(),
    fetch: fn('a fetch function').optional(),
    timeoutMs: ms(1).optional(),
    signal: signalSchema.optional(),
    maxRetries: wholeNumber(0, 10).optional(),
    retryBaseDelayMs: ms(0).optional(),
    retryMaxDelayMs: ms(0).optional(),
    logger: loggerSchema.optional(),
    logLevel: z
      .enum(['debug', 'info', 'warn', 'error', 'off'], {
        message: 'must be debug, info, warn, error or off',
      })
      .optional(),
    hooks: z
      .object(
        {
          beforeRequest: aFunction.optional(),
          afterResponse: aFunction.optional(),
          onError: aFunction.optional(),
        },
        { invalid_type_error: 'must be an object' },
      )
      .strict()
      .optional(),
  })
  .strict();

/** Per-call options. */
export const callOptionsSchema = z
  .object(
    {
      signal: signalSchema.optional(),
      timeoutMs: ms(1).optional(),
      maxRetries: wholeNumber(0, 10).optional(),
    },
    { invalid_type_error: 'the call options must be an object' },
  )
  .strict();
