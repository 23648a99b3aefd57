export { createOrganisationsService, type OrganisationsService } from './organisations.service.ts';
export { organisationsRoutes } from './organisations.routes.ts';
