import type { Language } from '../../../domain/language.ts';
import { getIncidentType, type IncidentTypeId } from '../../../domain/taxonomy/incident-types.ts';

export const incidentTypeLabel = (id: IncidentTypeId, language: Language): string =>
  getIncidentType(id).label[language];
