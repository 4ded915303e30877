import { envIdSchema } from '@org/tcb-user-contract';
import { z } from 'zod';

const fn = (what: string) =>
  z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', {
    message: `must be ${what}`,
  });

/**
 * A credential: present, non-empty, no whitespace anywhere. Messages never repeat the value,
 * since it may be a secret.
 */
export const credentialSchema = z
  .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
  .min(1, { message: 'must not be empty' })
  .refine((value) => !/\s/.test(value), {
    message: 'must not contain whitespace (look for a stray space or line break)',
  });

const positiveMs = z.number().int().positive({ message: 'must be a positive integer (ms)' });

const loggerSchema = z.object(
  {
    debug: fn('a function'),
    info: fn('a function'),
    warn: fn('a function'),
    error: fn('a function'),
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
    region: z.string().min(1, { message: 'must not be empty' }).optional(),
    endpoint: z
      .string()
      .url({ message: 'must be an absolute http(s) URL' })
      .refine((value) => /^https?:\/\//i.test(value), {
        message: 'must be an absolute http(s) URL',
      }),
    language: z.enum(['zh-CN', 'en-US'], { message: 'must be zh-CN or en-US' }).optional(),
    fetch: fn('a fetch function').optional(),
    timeoutMs: positiveMs.optional(),
    signal: z
      .custom<AbortSignal>((v) => typeof v === 'object' && v !== null && 'aborted' in v, {
        message: 'must be an AbortSignal',
      })
      .optional(),
    maxRetries: z
      .number()
      .int()
      .min(0, { message: 'must be 0 or more' })
      .max(10, {
        message: 'must be at most 10',
      })
      .optional(),
    retryBaseDelayMs: z.number().min(0, { message: 'must be 0 or more' }).optional(),
    retryMaxDelayMs: z.number().min(0, { message: 'must be 0 or more' }).optional(),
    logger: loggerSchema.optional(),
    logLevel: z
      .enum(['debug', 'info', 'warn', 'error', 'off'], {
        message: 'must be debug, info, warn, error or off',
      })
      .optional(),
    hooks: z
      .object({
        beforeRequest: fn('a function').optional(),
        afterResponse: fn('a function').optional(),
        onError: fn('a function').optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Per-call options. */
export const callOptionsSchema = z
  .object({
    signal: z
      .custom<AbortSignal>((v) => typeof v === 'object' && v !== null && 'aborted' in v, {
        message: 'must be an AbortSignal',
      })
      .optional(),
    timeoutMs: positiveMs.optional(),
    maxRetries: z
      .number()
      .int()
      .min(0, { message: 'must be 0 or more' })
      .max(10, {
        message: 'must be at most 10',
      })
      .optional(),
  })
  .strict();
