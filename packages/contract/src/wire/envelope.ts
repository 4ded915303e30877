import { z } from 'zod';

/** The `Error` object of a failed answer. Branch on `Code`, never on `Message`. */
export const apiErrorBodySchema = z.object({ Code: z.string(), Message: z.string() });

/** A failed answer: `{ Response: { Error: { Code, Message }, RequestId } }`. */
export const errorEnvelopeSchema = z.object({
  Response: z.object({ Error: apiErrorBodySchema, RequestId: z.string() }),
});

/** A failed answer. */
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/**
 * The success answer of a new user action, whose result sits under `Response.Data`:
 * `{ Response: { Data, RequestId } }`.
 */
export function dataEnvelopeSchema<T extends z.ZodTypeAny>(data: T) {
  return z.object({ Response: z.object({ Data: data, RequestId: z.string() }) });
}

/**
 * The success answer of a deprecated action, whose fields sit directly under `Response`:
 * `{ Response: { ...fields, RequestId } }`.
 */
export function flatEnvelopeSchema<T extends z.ZodRawShape>(fields: T) {
  return z.object({ Response: z.object(fields).extend({ RequestId: z.string() }) });
}

/** Any answer of the service: success of the given shape, or an error envelope. */
export function answerSchema<T extends z.ZodTypeAny>(success: T) {
  return z.union([errorEnvelopeSchema, success]);
}
