export { createSavedViewsService, type SavedViewsService } from './saved-views.service.ts';
export { savedViewsRoutes } from './saved-views.routes.ts';
