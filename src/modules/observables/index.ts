export { createObservablesService, type ObservablesService } from './observables.service.ts';
export type { SightingInput } from './observables.repository.ts';
