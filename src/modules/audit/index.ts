export { createAuditService, type AuditService } from './audit.service.ts';
export { auditRoutes } from './audit.routes.ts';
export type { AuditAction, AuditEventInput } from './audit.events.ts';
