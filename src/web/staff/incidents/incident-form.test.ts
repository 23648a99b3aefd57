import { describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import { changesOf, formValuesOf, mergeChanged, readNumber } from './incident-form.ts';
import { incidentListParams } from './incidents-api.ts';

const incident = {
  id: '00000000-0000-4000-8000-000000000001',
  reference: 'INC-000001',
  title: 'Scam call · 7KQM3XWD',
  summary: '',
  status: 'triage',
  severity: 'medium',
  severityComputed: 'medium',
  severityOverride: null,
  tlp: 'AMBER',
  pap: 'AMBER',
  classification: {
    rsitClass: 'fraud',
    rsitType: 'masquerade',
    localSubtype: 'fraudulent-transfer-or-scam-call',
  },
  impact: { confidentiality: 'none', integrity: 'medium', availability: 'none' },
  actorType: null,
  targetSector: 'individual',
  province: null,
  victimCount: 1,
  financialLoss: null,
  assignee: null,
} as unknown as IncidentDetail;

describe('the incident edit form', () => {
  it('sends nothing when nothing changed', () => {
    expect(changesOf(incident, formValuesOf(incident))).toEqual({ body: null, problems: {} });
  });

  it('sends only the fields that changed, numbers read from Khmer digits', () => {
    const values = {
      ...formValuesOf(incident),
      localSubtype: 'telecom-voip-scam' as const,
      integrity: 'high' as const,
      victimCount: '៣',
      lossAmount: '៥០០ ០០០',
      lossCurrency: 'KHR' as const,
      province: 'KH-12' as const,
    };
    expect(changesOf(incident, values)).toEqual({
      body: {
        classification: {
          rsitClass: 'fraud',
          rsitType: 'masquerade',
          localSubtype: 'telecom-voip-scam',
        },
        impact: { confidentiality: 'none', integrity: 'high', availability: 'none' },
        province: 'KH-12',
        victimCount: 3,
        financialLoss: { amount: 500000, currency: 'KHR' },
      },
      problems: {},
    });
  });

  it('refuses a blank title, a bad number and an override without a reason', () => {
    const values = {
      ...formValuesOf(incident),
      title: ' \u200B ',
      victimCount: '2.5',
      lossAmount: 'a lot',
      override: true,
      overrideReason: '',
    };
    expect(changesOf(incident, values).problems).toEqual({
      title: 'required',
      victimCount: 'wholeNumber',
      lossAmount: 'amountNumber',
      overrideReason: 'required',
    });
    expect(changesOf(incident, { ...formValuesOf(incident), rsitType: null }).problems).toEqual({
      rsitType: 'required',
    });
  });

  it('clears an override when the box is unticked', () => {
    const overridden = {
      ...incident,
      severity: 'high',
      severityOverride: { severity: 'high', reason: 'bank account of a ministry' },
    } as IncidentDetail;
    const values = { ...formValuesOf(overridden), override: false };
    expect(changesOf(overridden, values).body).toEqual({ severityOverride: null });
  });

  it('reads amounts written the ways people write them', () => {
    expect(readNumber('៥០០ ០០០')).toBe(500000);
    expect(readNumber('1,250.5')).toBe(1250.5);
    expect(readNumber('-3')).toBeNull();
  });

  it('takes what the server changed and keeps what the analyst is typing', () => {
    const before = formValuesOf(incident);
    const after = { ...before, localSubtype: 'telecom-voip-scam' as const };
    const typing = { ...before, title: 'Being typed' };
    expect(mergeChanged(typing, before, after)).toEqual({
      ...before,
      title: 'Being typed',
      localSubtype: 'telecom-voip-scam',
    });
  });
});

describe('the queue filters', () => {
  it('become the query string of GET /api/incidents', () => {
    const params = incidentListParams({
      status: 'all',
      severity: ['critical', 'high'],
      assignee: 'me',
      targetSector: 'finance',
      page: 3,
    });
    expect(params.toString()).toBe(
      'status=all&severity=critical&severity=high&assignee=me&targetSector=finance&sort=updated&limit=50&offset=100',
    );
  });
});
