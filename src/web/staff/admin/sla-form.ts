import { SeveritySchema, type Severity } from '../../../domain/incidents/severity.ts';
import {
  SlaTargetsSchema,
  type SlaTarget,
  type SlaTargets,
} from '../../../domain/incidents/sla.ts';
import { readNumber } from '../incidents/incident-form.ts';

export const SLA_FIELDS = [
  'firstResponseMinutes',
  'containmentMinutes',
  'resolutionMinutes',
] as const;
export type SlaField = (typeof SLA_FIELDS)[number];

/** The milestone each field is the target of, for its label. */
export const MILESTONE_OF = {
  firstResponseMinutes: 'first_response',
  containmentMinutes: 'containment',
  resolutionMinutes: 'resolution',
} as const satisfies Record<SlaField, string>;

/** The form holds minutes as typed: Khmer or Latin digits, with spaces or commas. */
export type SlaFormValues = Record<Severity, Record<SlaField, string>>;

export function slaFormValues(targets: SlaTargets): SlaFormValues {
  const values = {} as SlaFormValues;
  for (const severity of SeveritySchema.options) {
    const target = targets[severity];
    values[severity] = {
      firstResponseMinutes: String(target.firstResponseMinutes),
      containmentMinutes: String(target.containmentMinutes),
      resolutionMinutes: String(target.resolutionMinutes),
    };
  }
  return values;
}

/** Typed minutes as a whole number, or null. */
export function readMinutes(typed: string): number | null {
  const minutes = readNumber(typed);
  return minutes !== null && Number.isInteger(minutes) ? minutes : null;
}

/** Minutes as hours with at most two decimals ("1.5"), and whole days from two days on. */
export function inHours(minutes: number): { hours: string; days: string | null } {
  const hours = String(Math.round((minutes / 60) * 100) / 100);
  const days = minutes >= 2 * 1440 ? String(Math.round((minutes / 1440) * 10) / 10) : null;
  return { hours, days };
}

/** The targets to send, or the fields ("high.containmentMinutes") that are not valid. */
export function slaTargetsFrom(
  values: SlaFormValues,
): { targets: SlaTargets; problems: [] } | { targets: null; problems: string[] } {
  const problems: string[] = [];
  const targets = {} as Record<Severity, SlaTarget>;
  for (const severity of SeveritySchema.options) {
    const target = {} as SlaTarget;
    for (const field of SLA_FIELDS) {
      const minutes = readMinutes(values[severity][field]);
      if (minutes === null) problems.push(`${severity}.${field}`);
      target[field] = minutes ?? 0;
    }
    targets[severity] = target;
  }
  const parsed = SlaTargetsSchema.safeParse(targets);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      if (!problems.includes(path)) problems.push(path);
    }
  }
  return problems.length > 0 || !parsed.success
    ? { targets: null, problems }
    : { targets: parsed.data, problems: [] };
}
