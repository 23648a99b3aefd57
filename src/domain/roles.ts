import { z } from 'zod';

export const StaffRoleSchema = z.enum([
  'admin',
  'coordinator',
  'analyst',
  'liaison',
  'oversight',
  'partner',
]);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

export const PermissionSchema = z.enum([
  'reports:read',
  'reports:contact:read',
  'reports:respond',
  'users:manage',
  'settings:manage',
  'audit:read',
  'organisations:manage',
  'incidents:read',
  'incidents:handle',
  'playbooks:manage',
  /** The legal catalogue: reference law, not case content. */
  'law:read',
  /** Evidence items: their metadata, chain of custody and content (every opening logged). */
  'evidence:read',
  /** Add files to an incident; seal, put on legal hold, release, transfer (with a reason). */
  'evidence:handle',
  /** Reopen a sealed item (a logged, reasoned unseal): coordinators only. */
  'evidence:unseal',
  /** Destroy an item's bytes (never while on legal hold); the hash and custody stay. */
  'evidence:destroy',
]);
export type Permission = z.infer<typeof PermissionSchema>;

/**
 * Least privilege: an admin runs the installation but does not read case content;
 * oversight reads the audit trail and nothing else. Later capabilities add their
 * permissions here, and the role × permission table in roles.test.ts must be updated with
 * them, deliberately.
 */
const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  admin: [
    'users:manage',
    'settings:manage',
    'audit:read',
    'organisations:manage',
    'playbooks:manage',
    'law:read',
  ],
  coordinator: [
    'reports:read',
    'reports:contact:read',
    'reports:respond',
    'incidents:read',
    'incidents:handle',
    'playbooks:manage',
    'law:read',
    'evidence:read',
    'evidence:handle',
    'evidence:unseal',
    'evidence:destroy',
  ],
  analyst: [
    'reports:read',
    'reports:contact:read',
    'reports:respond',
    'incidents:read',
    'incidents:handle',
    'law:read',
    'evidence:read',
    'evidence:handle',
  ],
  // Liaison users will see the incidents referred to their organisation (referrals).
  liaison: ['law:read'],
  oversight: ['audit:read', 'law:read'],
  partner: [],
};

export function roleHasPermission(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: StaffRole): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}
