export { createIncidentsService, type IncidentsService } from './incidents.service.ts';
export { incidentsRoutes } from './incidents.routes.ts';
export { slaWatchJob } from './incidents.jobs.ts';
