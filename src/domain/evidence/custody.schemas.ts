import { z } from 'zod';

/**
 * What can happen to an evidence item, each recorded as one entry of its chain of custody
 * (docs/evidence-custody.md). `verified` is a person's explicit check; the scheduled check
 * records only what it finds wrong (`verification_failed`).
 */
export const CustodyActionSchema = z.enum([
  'acquired',
  'viewed',
  'downloaded',
  'transferred',
  'exported',
  'sealed',
  'unsealed',
  'hold_placed',
  'hold_released',
  'destroyed',
  'verified',
  'verification_failed',
]);
export type CustodyAction = z.infer<typeof CustodyActionSchema>;

/** Where an item stands: sealed items give no content until unsealed; destroyed ones none. */
export const EvidenceStateSchema = z.enum(['active', 'sealed', 'destroyed']);
export type EvidenceState = z.infer<typeof EvidenceStateSchema>;

/**
 * How an item was obtained (ISO/IEC 27037 "acquisition"). The first three are set by the
 * intake channels; an analyst adding a file to an incident names one of the others.
 */
export const AcquisitionMethodSchema = z.enum([
  'reporter_upload',
  'email_intake',
  'api_intake',
  'screen_capture',
  'web_capture',
  'device_export',
  'forensic_image',
  'network_capture',
  'third_party',
  'other',
]);
export type AcquisitionMethod = z.infer<typeof AcquisitionMethodSchema>;

/** The methods an analyst chooses from when adding a file to an incident. */
export const ANALYST_ACQUISITION_METHODS = [
  'screen_capture',
  'web_capture',
  'device_export',
  'forensic_image',
  'network_capture',
  'third_party',
  'other',
] as const satisfies readonly AcquisitionMethod[];
export const AnalystAcquisitionMethodSchema = z.enum(ANALYST_ACQUISITION_METHODS);

/** A purpose or reason a person gives for an action on evidence; kept in the custody log. */
export const CustodyReasonSchema = z.string().trim().min(3).max(1000);

export const CustodyReasonBodySchema = z.object({ reason: CustodyReasonSchema });
export type CustodyReasonBody = z.infer<typeof CustodyReasonBodySchema>;

export const CustodyTransferBodySchema = z.object({
  /** The person or body now holding the item (a name, a unit, an organisation). */
  to: z.string().trim().min(2).max(200),
  reason: CustodyReasonSchema,
});
export type CustodyTransferBody = z.infer<typeof CustodyTransferBodySchema>;

export const CustodyActionParamsSchema = z.object({
  evidenceId: z.uuid(),
  action: z.enum(['seal', 'unseal', 'hold', 'release', 'destroy']),
});
export type CustodyActionName = z.infer<typeof CustodyActionParamsSchema>['action'];

/** Ids, hashes, sizes, the recipient of a transfer: strings, numbers, booleans, nulls. */
export const CustodyDetailsSchema = z.record(z.string(), z.unknown());

/**
 * One entry of an item's chain of custody as staff see it: as stored, even when someone
 * edited it behind the product's back (the verification names that), hence plain strings.
 */
export const CustodyEntryViewSchema = z.object({
  seq: z.number().int(),
  action: z.string().meta({ description: `one of: ${CustodyActionSchema.options.join(', ')}` }),
  occurredAt: z.iso.datetime(),
  actor: z.object({
    kind: z.string().meta({ description: 'staff, public, organisation, system or cli' }),
    userId: z.string().nullable(),
    /** The staff member's display name, when the entry names one. */
    name: z.string().nullable(),
  }),
  purpose: z.string().nullable(),
  details: CustodyDetailsSchema,
  prevHash: z.string(),
  hash: z.string(),
});
export type CustodyEntryView = z.infer<typeof CustodyEntryViewSchema>;

export const CustodyProblemKindSchema = z.enum([
  'content_missing',
  'content_mismatch',
  'display_copy_missing',
  'display_copy_mismatch',
  'hash_mismatch',
  'broken_link',
  'missing',
  'out_of_order',
  'duplicate',
  'truncated',
  'head_mismatch',
  'acquisition_mismatch',
  'unchained',
]);
export type CustodyProblemKind = z.infer<typeof CustodyProblemKindSchema>;

/** One thing found wrong, named: which entry (seq) or the bytes, expected and found. */
export const CustodyProblemSchema = z.object({
  kind: CustodyProblemKindSchema,
  seq: z.number().int().nullable(),
  message: z.string(),
});
export type CustodyProblem = z.infer<typeof CustodyProblemSchema>;

/** The answer of GET /api/evidence/:id/custody/verify. */
export const EvidenceVerificationSchema = z.object({
  evidenceId: z.uuid(),
  ok: z.boolean(),
  checkedAt: z.iso.datetime(),
  /** Bytes read and hashed again; 0 for a destroyed item. */
  bytesChecked: z.number().int().min(0),
  entries: z.number().int().min(0),
  problems: z.array(CustodyProblemSchema),
});
export type EvidenceVerification = z.infer<typeof EvidenceVerificationSchema>;

/** The last check of an item's bytes and chain, by a person or the scheduled job. */
export const IntegrityViewSchema = z.object({
  status: z.enum(['unverified', 'ok', 'failed']),
  checkedAt: z.iso.datetime().nullable(),
  /** What was wrong at the last failed check (the first problem), or null. */
  problem: z.string().nullable(),
});
export type IntegrityView = z.infer<typeof IntegrityViewSchema>;

/** One run of the scheduled re-verification (or one started by hand). */
export const VerificationRunSchema = z.object({
  id: z.number().int(),
  trigger: z.enum(['schedule', 'manual']),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  items: z.number().int(),
  entries: z.number().int(),
  bytes: z.number().int(),
  failures: z.number().int(),
  problems: z.array(CustodyProblemSchema.extend({ evidenceId: z.uuid() })),
});
export type VerificationRun = z.infer<typeof VerificationRunSchema>;

export const VerificationRunListSchema = z.object({ items: z.array(VerificationRunSchema) });
export type VerificationRunList = z.infer<typeof VerificationRunListSchema>;

export const VerificationRunListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
