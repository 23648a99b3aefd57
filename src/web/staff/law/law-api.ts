import { queryOptions } from '@tanstack/react-query';
import type { Classification } from '../../../domain/incidents/incident.schemas.ts';
import { CatalogueSchema, LegalCandidatesSchema } from '../../../domain/law/law.schemas.ts';
import { staffGet } from '../staff-api.ts';

/** The legal catalogue changes only with a release: fetched once a session. */
export const lawCatalogueQuery = queryOptions({
  queryKey: ['law', 'catalogue'],
  queryFn: () => staffGet('/api/law/catalogue', CatalogueSchema),
  staleTime: Infinity,
});

/**
 * The candidates of an incident, keyed by its classification too: a reclassified incident
 * (whose page is replaced from the PATCH answer) asks again.
 */
export const legalCandidatesQuery = (incidentId: string, classification: Classification) =>
  queryOptions({
    queryKey: [
      'law',
      'candidates',
      incidentId,
      classification.rsitClass,
      classification.rsitType,
      classification.localSubtype,
    ],
    queryFn: () =>
      staffGet(
        `/api/incidents/${encodeURIComponent(incidentId)}/legal-candidates`,
        LegalCandidatesSchema,
      ),
  });
