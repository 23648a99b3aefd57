import { z } from 'zod';
import { normaliseText, toAsciiDigits } from './text.ts';

/**
 * The questions each kind of incident asks, in the reporter's words. Every field is
 * optional: a victim who does not know the answer must still be able to report. Values
 * are normalised (Khmer digits → ASCII, zero-width characters removed) before storage.
 */
const answer = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform(normaliseText)
    .pipe(z.string().max(max))
    .optional()
    .transform((value) => (value ? value : undefined));

/** A whole number as typed, Khmer digits and thousands separators allowed. */
const Count = (max: number) =>
  z
    .union([z.number(), z.string()])
    .transform((value) =>
      typeof value === 'number' ? value : Number(toAsciiDigits(value).replace(/[\s,]/g, '')),
    )
    .pipe(z.number().int().min(0).max(max))
    .optional();

/** An account number or phone as typed: Khmer digits become ASCII, for matching later. */
const numberish = (max: number) =>
  answer(max).transform((value) => (value ? toAsciiDigits(value) : value));

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional();

/** A moment the reporter picked: a date, or a date and time, not in the future. */
const Moment = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })])
  .refine((value) => new Date(value).getTime() <= Date.now() + 24 * 3600 * 1000, {
    message: 'cannot be in the future',
  })
  .optional();

/** An amount as typed: Khmer or ASCII digits, with thousands separators. */
const Amount = z
  .union([z.number(), z.string()])
  .transform((value) =>
    typeof value === 'number' ? value : Number(toAsciiDigits(value).replace(/[\s,]/g, '')),
  )
  .pipe(z.number().positive('must be more than zero').max(1e12))
  .optional();

export const SOCIAL_PLATFORMS = [
  'facebook',
  'messenger',
  'telegram',
  'tiktok',
  'instagram',
  'gmail',
  'whatsapp',
  'other',
] as const;

export const PAYMENT_CHANNELS = [
  'aba',
  'acleda',
  'canadia',
  'wing',
  'truemoney',
  'pipay',
  'bakong-khqr',
  'other-bank',
  'cash-agent',
  'crypto',
  'other',
] as const;

export const CONTACT_CHANNELS = [
  'phone-call',
  'sms',
  'telegram',
  'facebook',
  'whatsapp',
  'email',
  'website',
  'other',
] as const;

export const CurrencySchema = z.enum(['KHR', 'USD']);

export const AccountTakeoverDetailsSchema = z.object({
  platform: choice(SOCIAL_PLATFORMS),
  accountKind: choice(['personal', 'business-page', 'public-figure'] as const),
  profileLink: answer(500),
  stillControlsRecovery: choice(['yes', 'no', 'unknown'] as const),
});

export const PhishingDetailsSchema = z.object({
  link: answer(2000),
  sender: numberish(300),
  channel: choice(CONTACT_CHANNELS),
  impersonated: answer(200),
  enteredCredentials: choice(['yes', 'no', 'unknown'] as const),
});

export const MoneyScamDetailsSchema = z.object({
  amount: Amount,
  currency: CurrencySchema.optional(),
  paymentChannel: choice(PAYMENT_CHANNELS),
  receivingAccount: numberish(100),
  receivingName: answer(200),
  transferredAt: Moment,
  contactChannel: choice(CONTACT_CHANNELS),
  scammerContact: numberish(300),
});

export const DefacementDetailsSchema = z.object({
  url: answer(2000),
  firstSeenAt: Moment,
});

export const ServiceDownDetailsSchema = z.object({
  service: answer(500),
  since: Moment,
  ransomDemanded: choice(['yes', 'no'] as const),
});

export const MalwareDetailsSchema = z.object({
  filesEncrypted: choice(['yes', 'no', 'unknown'] as const),
  ransomNote: answer(2000),
  devicesAffected: Count(1_000_000),
});

export const SextortionDetailsSchema = z.object({
  platform: choice(SOCIAL_PLATFORMS),
  demand: choice(['money', 'more-images', 'other'] as const),
  paid: choice(['yes', 'no'] as const),
  offenderContact: numberish(300),
});

export const DataLeakDetailsSchema = z.object({
  dataKind: answer(500),
  whereSeen: answer(2000),
  recordsEstimate: Count(1e10),
});

export const OtherDetailsSchema = z.object({});

export const REPORT_DETAILS_SCHEMAS = {
  'account-takeover': AccountTakeoverDetailsSchema,
  phishing: PhishingDetailsSchema,
  'money-scam': MoneyScamDetailsSchema,
  defacement: DefacementDetailsSchema,
  'service-down': ServiceDownDetailsSchema,
  malware: MalwareDetailsSchema,
  sextortion: SextortionDetailsSchema,
  'data-leak': DataLeakDetailsSchema,
  other: OtherDetailsSchema,
} as const;

export type ReportDetails = {
  [K in keyof typeof REPORT_DETAILS_SCHEMAS]: z.infer<(typeof REPORT_DETAILS_SCHEMAS)[K]>;
};
