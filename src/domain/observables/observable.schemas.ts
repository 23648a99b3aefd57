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
