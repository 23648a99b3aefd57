import { legalCandidatesFor } from '../../domain/law/candidates.ts';
import { CATALOGUE, findProvision, getInstrument } from '../../domain/law/catalogue.ts';
import type { Catalogue, LegalCandidates, ProvisionDetail } from '../../domain/law/law.schemas.ts';
import { requirePermission } from '../../platform/authorize.ts';
import type { RequestContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { IncidentsService } from '../incidents/index.ts';

export type LawDeps = {
  incidents: Pick<IncidentsService, 'getClassification'>;
};

export type LawService = ReturnType<typeof createLawService>;

/** The legal catalogue (read-only, no table) and the candidate provisions of an incident. */
export function createLawService(deps: LawDeps) {
  return {
    /** Every instrument and provision, with the version and hash an assessment records. */
    async getCatalogue(ctx: RequestContext): Promise<Catalogue> {
      requirePermission(ctx, 'law:read');
      return CATALOGUE;
    },

    async getProvision(ctx: RequestContext, provisionId: string): Promise<ProvisionDetail> {
      requirePermission(ctx, 'law:read');
      const provision = findProvision(provisionId);
      if (!provision) throw new AppError('not_found');
      return {
        catalogueVersion: CATALOGUE.version,
        catalogueHash: CATALOGUE.hash,
        instrument: getInstrument(provision.instrumentId),
        provision,
      };
    },

    /**
     * The provisions an incident's classification points to. The incidents service checks
     * the reader may see incidents and answers the classification only.
     */
    async legalCandidates(ctx: RequestContext, incidentId: string): Promise<LegalCandidates> {
      requirePermission(ctx, 'incidents:read');
      const incident = await deps.incidents.getClassification(ctx, incidentId);
      const { candidates, notes } = legalCandidatesFor(incident.classification);
      return {
        incidentId: incident.id,
        classification: incident.classification,
        catalogueVersion: CATALOGUE.version,
        catalogueHash: CATALOGUE.hash,
        candidates,
        notes,
      };
    },
  };
}
