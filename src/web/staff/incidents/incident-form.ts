import {
  UpdateIncidentBodySchema,
  type IncidentDetail,
  type UpdateIncidentBody,
} from '../../../domain/incidents/incident.schemas.ts';
import type { ProvinceCode } from '../../../domain/incidents/provinces.ts';
import type {
  ActorType,
  ImpactLevel,
  Severity,
  TargetSector,
} from '../../../domain/incidents/severity.ts';
import type { z } from 'zod';
import type { CurrencySchema } from '../../../domain/reports/report-details.ts';
import { normaliseText, toAsciiDigits } from '../../../domain/reports/text.ts';
import type { Pap, Tlp } from '../../../domain/sharing/tlp.ts';
import type { LocalSubtype } from '../../../domain/taxonomy/local-subtypes.ts';

type Currency = z.infer<typeof CurrencySchema>;

/** What the edit form holds: numbers as typed (Khmer digits too), empty selects as null. */
export type IncidentFormValues = {
  title: string;
  summary: string;
  rsitClass: string;
  rsitType: string | null;
  localSubtype: LocalSubtype;
  confidentiality: ImpactLevel;
  integrity: ImpactLevel;
  availability: ImpactLevel;
  actorType: ActorType | null;
  targetSector: TargetSector | null;
  province: ProvinceCode | null;
  victimCount: string;
  lossAmount: string;
  lossCurrency: Currency;
  tlp: Tlp;
  pap: Pap;
  assigneeId: string | null;
  override: boolean;
  overrideSeverity: Severity;
  overrideReason: string;
};

/** Problems the form finds itself, as keys of the `errors` catalogue section. */
export type FormProblem = 'required' | 'wholeNumber' | 'amountNumber' | 'invalidField';

export function formValuesOf(incident: IncidentDetail): IncidentFormValues {
  return {
    title: incident.title,
    summary: incident.summary,
    rsitClass: incident.classification.rsitClass,
    rsitType: incident.classification.rsitType,
    localSubtype: incident.classification.localSubtype,
    ...incident.impact,
    actorType: incident.actorType,
    targetSector: incident.targetSector,
    province: incident.province,
    victimCount: incident.victimCount === null ? '' : String(incident.victimCount),
    lossAmount: incident.financialLoss ? String(incident.financialLoss.amount) : '',
    lossCurrency: incident.financialLoss?.currency ?? 'USD',
    tlp: incident.tlp,
    pap: incident.pap,
    assigneeId: incident.assignee?.id ?? null,
    override: incident.severityOverride !== null,
    overrideSeverity: incident.severityOverride?.severity ?? incident.severity,
    overrideReason: incident.severityOverride?.reason ?? '',
  };
}

/** "៥០០ ០០០", "500,000" and "500000" all read 500000; null when it is not a number. */
export function readNumber(typed: string): number | null {
  const cleaned = toAsciiDigits(typed).replace(/[\s,]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

type Changes = { body: UpdateIncidentBody | null; problems: Record<string, FormProblem> };

const sameLoss = (a: IncidentDetail['financialLoss'], b: IncidentDetail['financialLoss']) =>
  a === b || (a !== null && b !== null && a.amount === b.amount && a.currency === b.currency);

/**
 * The PATCH body for what the analyst changed, and nothing else (so a save does not write
 * a timeline entry for fields left alone), or the problems that stop it from being sent.
 */
export function changesOf(incident: IncidentDetail, values: IncidentFormValues): Changes {
  const problems: Record<string, FormProblem> = {};
  const body: Record<string, unknown> = {};
  const title = normaliseText(values.title);
  if (title === '') problems.title = 'required';
  else if (title !== incident.title) body.title = title;
  const summary = normaliseText(values.summary);
  if (summary !== incident.summary) body.summary = summary;

  const { classification, impact } = incident;
  if (values.rsitType === null) problems.rsitType = 'required';
  else if (
    values.rsitClass !== classification.rsitClass ||
    values.rsitType !== classification.rsitType ||
    values.localSubtype !== classification.localSubtype
  ) {
    body.classification = {
      rsitClass: values.rsitClass,
      rsitType: values.rsitType,
      localSubtype: values.localSubtype,
    };
  }
  const { confidentiality, integrity, availability } = values;
  if (
    confidentiality !== impact.confidentiality ||
    integrity !== impact.integrity ||
    availability !== impact.availability
  ) {
    body.impact = { confidentiality, integrity, availability };
  }

  for (const field of ['actorType', 'targetSector', 'province', 'tlp', 'pap'] as const) {
    if (values[field] !== incident[field]) body[field] = values[field];
  }
  if (values.assigneeId !== (incident.assignee?.id ?? null)) body.assigneeId = values.assigneeId;

  const victims = values.victimCount.trim() === '' ? null : readNumber(values.victimCount);
  if (values.victimCount.trim() !== '' && (victims === null || !Number.isInteger(victims))) {
    problems.victimCount = 'wholeNumber';
  } else if (victims !== incident.victimCount) body.victimCount = victims;

  const amount = values.lossAmount.trim() === '' ? null : readNumber(values.lossAmount);
  if (values.lossAmount.trim() !== '' && amount === null) problems.lossAmount = 'amountNumber';
  else {
    const loss = amount === null ? null : { amount, currency: values.lossCurrency };
    if (!sameLoss(loss, incident.financialLoss)) body.financialLoss = loss;
  }

  const reason = normaliseText(values.overrideReason);
  const current = incident.severityOverride;
  if (values.override) {
    if (reason === '') problems.overrideReason = 'required';
    else if (current?.severity !== values.overrideSeverity || current.reason !== reason) {
      body.severityOverride = { severity: values.overrideSeverity, reason };
    }
  } else if (current !== null) body.severityOverride = null;

  if (Object.keys(problems).length > 0) return { body: null, problems };
  if (Object.keys(body).length === 0) return { body: null, problems };
  const parsed = UpdateIncidentBodySchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems[formFieldOf(issue.path.map(String).join('.'))] = 'invalidField';
    }
    return { body: null, problems };
  }
  return { body: parsed.data, problems };
}

/** The form control a field path of the API (ours or the server's) belongs to. */
export function formFieldOf(path: string): string {
  if (path.startsWith('classification')) {
    return path.endsWith('localSubtype') ? 'localSubtype' : 'rsitType';
  }
  if (path.startsWith('impact.')) return path.slice('impact.'.length);
  if (path.startsWith('financialLoss')) return 'lossAmount';
  if (path.startsWith('severityOverride')) return 'overrideReason';
  return path;
}

/** `current`, with every field that changed from `before` to `after` set to its new value. */
export function mergeChanged(
  current: IncidentFormValues,
  before: IncidentFormValues,
  after: IncidentFormValues,
): IncidentFormValues {
  const merged: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(after)) {
    if (before[field as keyof IncidentFormValues] !== value) merged[field] = value;
  }
  return merged as IncidentFormValues;
}
