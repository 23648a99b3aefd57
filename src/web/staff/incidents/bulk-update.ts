import type { z } from 'zod';
import type {
  BulkUpdateBodySchema,
  IncidentSummary,
} from '../../../domain/incidents/incident.schemas.ts';
import type { Tlp } from '../../../domain/sharing/tlp.ts';
import type { LocalSubtype } from '../../../domain/taxonomy/local-subtypes.ts';
import type { IncidentFormValues } from './incident-form.ts';

/** The three changes the incident queue makes to several incidents at once. */
export type BulkMode = 'assign' | 'tlp' | 'classify';

/** The assignee select's value for "nobody" (a user id otherwise). */
export const NOBODY = 'nobody';

export type BulkChanges = z.input<typeof BulkUpdateBodySchema>['changes'];

/** What a bulk dialog holds; nothing is chosen at first but the classification. */
export type BulkValues = {
  assignee: string | null;
  tlp: Tlp | null;
  rsitClass: string;
  rsitType: string | null;
  localSubtype: LocalSubtype;
};

/** The classification to start from: the first selected incident's (often all share it). */
export function initialBulkValues(first: IncidentSummary | undefined): BulkValues {
  return {
    assignee: null,
    tlp: null,
    rsitClass: first?.classification.rsitClass ?? 'other',
    rsitType: first?.classification.rsitType ?? null,
    localSubtype: first?.classification.localSubtype ?? 'other',
  };
}

/** What stops a bulk change being sent, as the key of its message. */
export type BulkProblem = 'assigneeRequired' | 'typeRequired' | 'tlpRequired';

/** The `changes` of POST /api/incidents/bulk-update for the dialog, or what is missing. */
export function bulkChanges(
  mode: BulkMode,
  values: BulkValues,
): { changes: BulkChanges } | { problem: BulkProblem } {
  switch (mode) {
    case 'assign':
      if (values.assignee === null) return { problem: 'assigneeRequired' };
      return { changes: { assigneeId: values.assignee === NOBODY ? null : values.assignee } };
    case 'tlp':
      if (values.tlp === null) return { problem: 'tlpRequired' };
      return { changes: { tlp: values.tlp } };
    case 'classify':
      if (values.rsitType === null) return { problem: 'typeRequired' };
      return {
        changes: {
          classification: {
            rsitClass: values.rsitClass,
            rsitType: values.rsitType,
            localSubtype: values.localSubtype,
          },
        },
      };
  }
}

/**
 * The incident form's values around a classification, so the bulk dialog reuses the form's
 * classification fields (class, then its types, then the local sub-type). Only those three
 * are read; the rest is a neutral filling the fields never see.
 */
export function classificationFormValues(values: BulkValues): IncidentFormValues {
  return {
    title: '',
    summary: '',
    rsitClass: values.rsitClass,
    rsitType: values.rsitType,
    localSubtype: values.localSubtype,
    confidentiality: 'none',
    integrity: 'none',
    availability: 'none',
    actorType: null,
    targetSector: null,
    province: null,
    victimCount: '',
    lossAmount: '',
    lossCurrency: 'USD',
    tlp: 'AMBER',
    pap: 'AMBER',
    assigneeId: null,
    override: false,
    overrideSeverity: 'medium',
    overrideReason: '',
  };
}
