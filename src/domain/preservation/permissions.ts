import { z } from 'zod';
import { StaffRoleSchema } from '../roles.ts';

/*
 * PROPOSAL, not yet in `../roles.ts`: a `prosecutor` staff role, and the permissions of
 * preservation orders. Until roles.ts takes them (with its role × permission test), the
 * preservation domain checks moves against this table. A prosecutor would also get
 * `law:read` there.
 */

/** The staff roles of roles.ts, and the proposed `prosecutor`. */
export const PreservationRoleSchema = z.enum([...StaffRoleSchema.options, 'prosecutor']);
export type PreservationRole = z.infer<typeof PreservationRoleSchema>;

export const PreservationPermissionSchema = z.enum([
  /** Read orders (they name people's accounts and numbers: case content). */
  'preservation:read',
  /** Ask a prosecutor for an order (a police liaison). */
  'preservation:request',
  /** Issue an order, approve or refuse a request: the prosecutor, as draft art 17 says. */
  'preservation:issue',
  /** Record what happened: sent, acknowledged, preserved. */
  'preservation:track',
  /** Renew an order once, with a new justification. */
  'preservation:renew',
  /** Lift an order before it expires. */
  'preservation:release',
]);
export type PreservationPermission = z.infer<typeof PreservationPermissionSchema>;

/**
 * Least privilege: only a prosecutor decides; a liaison asks and records the provider's
 * answers; a coordinator sees the orders of the cases the CERT handles. Admin, analyst,
 * oversight (which sees counts and the audit trail, never identifiers) and partners get
 * nothing. Expiry is the system's move alone.
 */
export const PROPOSED_PRESERVATION_PERMISSIONS: Record<
  PreservationRole,
  readonly PreservationPermission[]
> = {
  admin: [],
  coordinator: ['preservation:read'],
  analyst: [],
  liaison: ['preservation:read', 'preservation:request', 'preservation:track'],
  oversight: [],
  partner: [],
  prosecutor: [
    'preservation:read',
    'preservation:issue',
    'preservation:track',
    'preservation:renew',
    'preservation:release',
  ],
};

export const preservationRoleHas = (
  role: PreservationRole,
  permission: PreservationPermission,
): boolean => PROPOSED_PRESERVATION_PERMISSIONS[role].includes(permission);

/** Who acts on an order: a staff member (by role, proposed prosecutor included) or the system. */
export type PreservationActor =
  { kind: 'staff'; userId: string; role: PreservationRole } | { kind: 'system' };
