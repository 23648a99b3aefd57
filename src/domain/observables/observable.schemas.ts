import { z } from 'zod';

/** The kinds of indicator the CERT tracks; organisations send the same values. */
export const ObservableTypeSchema = z.enum([
  'ipv4',
  'ipv6',
  'cidr',
  'domain',
  'url',
  'email',
  'phone',
  'bank-account',
  'crypto-wallet',
  'social-handle',
  'md5',
  'sha1',
  'sha256',
]);
export type ObservableType = z.infer<typeof ObservableTypeSchema>;

/** One indicator found in free text: its normalised value, how it was written, and where. */
export const ExtractedObservableSchema = z.object({
  type: ObservableTypeSchema,
  value: z.string().describe('Normalised: E.164 phones, refanged URLs, lower-case hosts'),
  raw: z.string().describe('As written in the text'),
  index: z.number().int().describe('UTF-16 offset of `raw` in the text'),
});
export type ExtractedObservable = z.infer<typeof ExtractedObservableSchema>;

/** An indicator of a report: found in its text, or supplied by the organisation that sent it. */
export const ReportObservableSchema = z.object({
  type: ObservableTypeSchema,
  value: z.string(),
  raw: z.string().nullable().describe('As written, when extracted from the text'),
  source: z.enum(['extracted', 'supplied']),
});
export type ReportObservable = z.infer<typeof ReportObservableSchema>;

/**
 * An observable of an incident: where it came from, what the analyst decided, and how
 * often it was seen outside this incident ("this account appears in 14 other reports").
 */
export const IncidentObservableSchema = z.object({
  type: ObservableTypeSchema,
  value: z.string(),
  /** found: in a report's text; supplied: by the sending organisation; added: by an analyst. */
  origin: z.enum(['found', 'supplied', 'added']),
  decision: z.enum(['confirmed', 'removed']).nullable(),
  elsewhere: z.object({
    reports: z.number().int().describe('Other reports, outside this incident'),
    incidents: z.number().int().describe('Other incidents'),
  }),
});
export type IncidentObservable = z.infer<typeof IncidentObservableSchema>;

/** PUT /api/incidents/{id}/observables: confirm, add or remove one observable. */
export const ObservableDecisionBodySchema = z.object({
  type: ObservableTypeSchema,
  value: z.string().trim().min(1).max(2_000),
  decision: z.enum(['confirmed', 'removed']),
});
export type ObservableDecisionBody = z.infer<typeof ObservableDecisionBodySchema>;

/** GET /api/observables?type=&value=: exact lookup of one value. */
export const ObservableLookupQuerySchema = z.object({
  type: ObservableTypeSchema,
  value: z.string().trim().min(1).max(2_000),
});
export type ObservableLookupQuery = z.infer<typeof ObservableLookupQuerySchema>;
