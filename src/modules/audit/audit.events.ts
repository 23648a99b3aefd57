/**
 * Every kind of audit event the product writes. Adding a use case that changes state means
 * adding its action here, so the list reads as an inventory of what is recorded.
 */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.locked',
  'auth.signed_out',
  'auth.mfa_verified',
  'auth.mfa_failed',
  'auth.mfa_enrolled',
  'auth.recovery_code_used',
  'auth.recovery_codes_regenerated',
  'access.denied',
  'audit.exported',
  'setup.token_issued',
  'setup.first_admin_created',
  'user.created',
  'organisation.created',
  'api_token.created',
  'api_token.revoked',
  'settings.changed',
  'report.submitted',
  'report.viewed',
  'report.contact_viewed',
  'report.information_added',
  'report.withdrawn',
  'report.message_sent',
  'report.received_by_email',
  'report.rejected',
  'incident.created',
  'incident.viewed',
  'incident.updated',
  'incident.status_changed',
  'incident.reports_linked',
  'incident.report_unlinked',
  'incident.commented',
  'incident.merged',
  'incident.split',
  'incident.contained',
  'incident.exported',
  'incident.task_created',
  'incident.task_updated',
  'incident.playbook_run',
  'playbook.changed',
  'evidence.acquired',
  'evidence.accessed',
  'evidence.integrity_failed',
  'evidence.sealed',
  'evidence.unsealed',
  'evidence.hold_placed',
  'evidence.hold_released',
  'evidence.transferred',
  'evidence.destroyed',
  'evidence.verified',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEventInput = {
  action: AuditAction;
  outcome?: 'success' | 'failure' | 'denied';
  /** Overrides the actor of the context, e.g. the user a failed sign-in named. */
  actorUserId?: string | null;
  targetType?: string;
  targetId?: string;
  /** Ids, counts and reasons only: never identity data, secrets or report text. */
  details?: Record<string, string | number | boolean | null>;
};
