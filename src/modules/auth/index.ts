export { createSessionsService, type SessionsService } from './sessions.service.ts';
export { createMfaService, type MfaService } from './mfa.service.ts';
export { createStaffUsersService, type StaffUsersService } from './staff-users.service.ts';
export { authRoutes, readSessionToken, SESSION_COOKIE } from './auth.routes.ts';
export { staffUsersRoutes } from './staff-users.routes.ts';
export { purgeExpiredSessionsJob } from './auth.jobs.ts';
