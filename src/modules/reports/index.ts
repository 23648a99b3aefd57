export { createReportsService, type ReportsService } from './reports.service.ts';
export { reportsRoutes } from './reports.routes.ts';
export { organisationIntakeRoutes } from './organisation-intake.routes.ts';
export { notifyReporterJob, type NotifyReporterPayload } from './reporter-notifications.ts';
