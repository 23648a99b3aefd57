import { z } from 'zod';
import { PermissionSchema, StaffRoleSchema } from '../roles.ts';

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .transform((value) => value.toLowerCase())
  .pipe(z.email());

/** Long passphrases over complexity rules (NIST SP 800-63B). */
export const NewPasswordSchema = z
  .string()
  .min(12, 'use at least 12 characters')
  .max(256, 'use at most 256 characters');

export const SignInBodySchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(256),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;

/**
 * Where a session stands: a password alone opens a session that may only complete MFA
 * (verify, or enrol when none is set up yet); only `active` reaches anything else.
 */
export const SessionStageSchema = z.enum(['mfa_required', 'mfa_enrolment_required', 'active']);
export type SessionStage = z.infer<typeof SessionStageSchema>;

export const StaffUserViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: StaffRoleSchema,
  mfaEnabled: z.boolean(),
  locked: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type StaffUserView = z.infer<typeof StaffUserViewSchema>;

export const SessionViewSchema = z.object({
  stage: SessionStageSchema,
  csrfToken: z.string(),
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: StaffRoleSchema,
    permissions: z.array(PermissionSchema),
  }),
});
export type SessionView = z.infer<typeof SessionViewSchema>;

const TotpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'the code has 6 digits');

export const MfaVerifyBodySchema = z.union([
  z.object({ code: TotpCodeSchema }).strict(),
  z.object({ recoveryCode: z.string().trim().min(8).max(32) }).strict(),
]);
export type MfaVerifyBody = z.infer<typeof MfaVerifyBodySchema>;

export const MfaEnrolmentSchema = z.object({
  secret: z.string().describe('Base32 TOTP secret, for typing into an authenticator app'),
  otpauthUri: z.string(),
  qrSvg: z.string().describe('The otpauth URI as an SVG QR code'),
});
export type MfaEnrolment = z.infer<typeof MfaEnrolmentSchema>;

export const MfaEnrolBodySchema = z.object({ code: TotpCodeSchema });

export const RecoveryCodesSchema = z.object({
  recoveryCodes: z.array(z.string()).describe('Shown once; each works once'),
});
export type RecoveryCodes = z.infer<typeof RecoveryCodesSchema>;

export const SetupStatusSchema = z.object({ needsSetup: z.boolean() });

export const FirstAdminBodySchema = z.object({
  token: z.string().min(16).max(128),
  email: EmailSchema,
  displayName: z.string().trim().min(1).max(120),
  password: NewPasswordSchema,
});
export type FirstAdminBody = z.infer<typeof FirstAdminBodySchema>;

export const CreateStaffUserBodySchema = z.object({
  email: EmailSchema,
  displayName: z.string().trim().min(1).max(120),
  role: StaffRoleSchema,
});
export type CreateStaffUserBody = z.infer<typeof CreateStaffUserBodySchema>;

export const CreatedStaffUserSchema = z.object({
  user: StaffUserViewSchema,
  temporaryPassword: z.string().describe('Shown once; give it to the person by a safe channel'),
});

export const StaffUserListSchema = z.object({ items: z.array(StaffUserViewSchema) });

export const SecuritySettingsSchema = z.object({
  mfaRequired: z
    .boolean()
    .describe('When true (the default) every staff member must use an authenticator app'),
});
export type SecuritySettings = z.infer<typeof SecuritySettingsSchema>;

/**
 * Answer to POST /api/auth/mfa/enrolment/confirm: the recovery codes (shown once) and the
 * new, fully signed-in session. The session token and CSRF token are replaced on every
 * step up, so the client must use `session.csrfToken` from here on.
 */
export const MfaEnrolmentConfirmedSchema = RecoveryCodesSchema.extend({
  session: SessionViewSchema,
});
export type MfaEnrolmentConfirmed = z.infer<typeof MfaEnrolmentConfirmedSchema>;
