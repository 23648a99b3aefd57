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
  ],
  coordinator: [
    'reports:read',
    'reports:contact:read',
    'reports:respond',
    'incidents:read',
    'incidents:handle',
    'playbooks:manage',
  ],
  analyst: [
    'reports:read',
    'reports:contact:read',
    'reports:respond',
    'incidents:read',
    'incidents:handle',
  ],
  // Liaison users will see the incidents referred to their organisation (referrals).
  liaison: [],
  oversight: ['audit:read'],
  partner: [],
};

export function roleHasPermission(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: StaffRole): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}
