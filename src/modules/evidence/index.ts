export {
  createEvidenceService,
  DEFAULT_UPLOAD_LIMITS,
  type EvidenceService,
  type IncomingFile,
  type UploadLimits,
} from './evidence.service.ts';
export { evidenceRoutes } from './evidence.routes.ts';
export { evidenceVerifyCron, evidenceVerifyJob } from './evidence.jobs.ts';
