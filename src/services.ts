import type { Db } from './platform/db/database.ts';
import type { SecretBox } from './platform/crypto/secret-box.ts';
import { createAuditService } from './modules/audit/index.ts';
import { createSettingsService } from './modules/settings/index.ts';
import {
  createMfaService,
  createSessionsService,
  createStaffUsersService,
} from './modules/auth/index.ts';
import { createReportsService } from './modules/reports/index.ts';

export type ServiceDeps = { db: Db; secretBox: SecretBox; publicUrl: string };

/** Wires every capability's service once; main.ts, the CLI and tests share it. */
export function createServices(deps: ServiceDeps) {
  const { db, secretBox } = deps;
  const audit = createAuditService({ db });
  const settings = createSettingsService({ db, audit });
  const sessions = createSessionsService({ db, audit, settings });
  const mfa = createMfaService({ db, audit, secretBox, sessions });
  const staffUsers = createStaffUsersService({ db, audit, publicUrl: deps.publicUrl });
  const reports = createReportsService({ db, audit, secretBox });
  return { audit, settings, sessions, mfa, staffUsers, reports };
}

export type Services = ReturnType<typeof createServices>;
