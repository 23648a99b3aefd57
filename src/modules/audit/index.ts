export { createAuditService, recordAuditEventAlone, type AuditService } from './audit.service.ts';
export { auditRoutes } from './audit.routes.ts';
/** Chains events written before the chain existed; run at start, after migrations. */
export { chainUnchainedEvents as chainUnchainedAuditEvents } from './audit.repository.ts';
export { auditCheckpointJob, checkpointCron } from './audit.jobs.ts';
export { readCheckpointsFile, verifyAuditChainInDatabase } from './audit-verify.ts';
export { verifyAuditExportFile, type FileVerifyOptions } from './audit-verify-file.ts';
export type { VerifyResult } from './audit-verify-common.ts';
export { exportAuditChain, type ExportSummary } from './audit-export-file.ts';
export type { AuditAction, AuditEventInput } from './audit.events.ts';
