import { normaliseObservableValue } from '../../domain/observables/extract-observables.ts';
import type {
  IncidentObservable,
  ObservableDecisionBody,
  ObservableType,
} from '../../domain/observables/observable.schemas.ts';
import type { Db } from '../../platform/db/database.ts';
import {
  findObservable,
  incidentSightings,
  insertReportSightings,
  setIncidentOfReportSightings,
  sightingsOf,
  upsertDecision,
  upsertObservable,
  type IncidentSightingRow,
  type SightingInput,
} from './observables.repository.ts';

export type ObservablesService = ReturnType<typeof createObservablesService>;

const ORIGIN: Record<IncidentSightingRow['source'], IncidentObservable['origin']> = {
  extracted: 'found',
  supplied: 'supplied',
  analyst: 'added',
};

/**
 * The store of observables and where each was seen. Callers run these inside their own
 * transaction: a report and what it names are written together, a link and the move of
 * its sightings too. Who may see what is the callers' business (reports, incidents).
 */
export function createObservablesService(deps: { db: Db }) {
  return {
    recordReportSightings(tx: Db, reportId: string, items: readonly SightingInput[]) {
      return insertReportSightings(tx, reportId, items);
    },

    moveReportSightings(tx: Db, reportIds: readonly string[], incidentId: string | null) {
      return setIncidentOfReportSightings(tx, reportIds, incidentId);
    },

    async ofIncident(tx: Db, incidentIds: readonly string[]): Promise<IncidentObservable[]> {
      const rows = await incidentSightings(tx, incidentIds);
      return rows.map((row) => ({
        type: row.type as ObservableType,
        value: row.value,
        origin: ORIGIN[row.source],
        decision: row.state,
        elsewhere: { reports: row.other_reports, incidents: row.other_incidents },
      }));
    },

    async decide(
      tx: Db,
      incidentId: string,
      body: ObservableDecisionBody,
      by: string | null,
    ): Promise<{ type: ObservableType; value: string }> {
      const value = normaliseObservableValue(body.type, body.value);
      const observableId = await upsertObservable(tx, body.type, value);
      await upsertDecision(tx, { observableId, incidentId, state: body.decision, by });
      return { type: body.type, value };
    },

    /**
     * Where a value was seen: report and incident ids, newest first, at most `limit` each,
     * and how many there are in all.
     */
    async lookup(type: ObservableType, rawValue: string, limit = 50, tx: Db = deps.db) {
      const value = normaliseObservableValue(type, rawValue);
      const found = await findObservable(tx, type, value);
      if (!found) {
        return {
          type,
          value,
          firstSeenAt: null,
          reportIds: [],
          incidentIds: [],
          reportTotal: 0,
          incidentTotal: 0,
        };
      }
      const seen = await sightingsOf(tx, found.id, limit);
      return { type, value, firstSeenAt: found.firstSeenAt.toISOString(), ...seen };
    },
  };
}
