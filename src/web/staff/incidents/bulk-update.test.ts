import { describe, expect, it } from 'vitest';
import {
  BulkUpdateBodySchema,
  type IncidentSummary,
} from '../../../domain/incidents/incident.schemas.ts';
import { NOBODY, bulkChanges, classificationFormValues, initialBulkValues } from './bulk-update.ts';

const incident = {
  classification: { rsitClass: 'fraud', rsitType: 'phishing', localSubtype: 'data-leak' },
} as IncidentSummary;
const someone = '5b3f3c1e-2d4a-4b8e-9a6f-1c2d3e4f5a6b';

/** The body the server would get, checked against its own schema. */
const body = (changes: object) =>
  BulkUpdateBodySchema.safeParse({ incidentIds: [someone], changes }).success;

describe('a bulk change of incidents', () => {
  it('assigns to someone, or to nobody', () => {
    const values = initialBulkValues(incident);
    expect(bulkChanges('assign', { ...values, assignee: someone })).toEqual({
      changes: { assigneeId: someone },
    });
    const nobody = bulkChanges('assign', { ...values, assignee: NOBODY });
    expect(nobody).toEqual({ changes: { assigneeId: null } });
    expect('changes' in nobody && body(nobody.changes)).toBe(true);
    expect(bulkChanges('assign', values)).toEqual({ problem: 'assigneeRequired' });
  });

  it('sets a TLP once one is chosen', () => {
    const values = initialBulkValues(incident);
    expect(bulkChanges('tlp', values)).toEqual({ problem: 'tlpRequired' });
    expect(bulkChanges('tlp', { ...values, tlp: 'RED' })).toEqual({ changes: { tlp: 'RED' } });
  });

  it('classifies from the first incident’s classification, once a type is chosen', () => {
    const values = initialBulkValues(incident);
    const changes = bulkChanges('classify', values);
    expect(changes).toEqual({
      changes: {
        classification: { rsitClass: 'fraud', rsitType: 'phishing', localSubtype: 'data-leak' },
      },
    });
    expect('changes' in changes && body(changes.changes)).toBe(true);
    expect(bulkChanges('classify', { ...values, rsitType: null })).toEqual({
      problem: 'typeRequired',
    });
  });

  it('hands the classification fields the values they read', () => {
    const form = classificationFormValues({ ...initialBulkValues(incident), rsitType: null });
    expect([form.rsitClass, form.rsitType, form.localSubtype]).toEqual([
      'fraud',
      null,
      'data-leak',
    ]);
  });
});
