import { z } from 'zod';

/** One problem with one field of a request; `path` names the field, e.g. `contact.email`. */
export const FieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldErrorView = z.infer<typeof FieldErrorSchema>;

/**
 * The body of every error response: a stable code to branch on, a message in the reader's
 * language to show as is, and the request id to quote when asking for help.
 */
export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    fields: z.array(FieldErrorSchema).optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;
