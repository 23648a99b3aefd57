export { createLawService, type LawService } from './law.service.ts';
export { lawRoutes } from './law.routes.ts';
