import { z } from 'zod';

/**
 * Accepts the empty string as well as anything `schema` accepts, keeping `schema`'s own messages
 * (a plain union would bury them under "invalid input"). Used for the modify rules, where `''`
 * either leaves a field unchanged or clears it.
 */
export function emptyOr<T extends z.ZodTypeAny>(schema: T) {
  const checked = z
    .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
    .superRefine((value, ctx) => {
      if (value === '') return;
      const result = schema.safeParse(value);
      if (result.success) return;
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: issue.message, path: issue.path });
      }
    });
  return checked as unknown as z.ZodType<z.output<T> | '', z.ZodTypeDef, z.input<T> | ''>;
}
