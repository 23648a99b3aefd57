import { z } from 'zod';
import { normaliseText } from '../reports/text.ts';

/**
 * Where an incident (a case) stands. `waiting_*` statuses pause the SLA clock (see
 * `sla.ts`); `resolved` and `closed` are not open, but either can be reopened.
 */
export const IncidentStatusSchema = z.enum([
  'new',
  'triage',
  'in_progress',
  'waiting_reporter',
  'waiting_third_party',
  'resolved',
  'closed',
]);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

/**
 * Every legal move, and only those. `resolved → in_progress` and `closed → in_progress`
 * are reopens and need a reason; anything `→ closed` needs a disposition and a note.
 */
export const INCIDENT_TRANSITIONS: Record<IncidentStatus, readonly IncidentStatus[]> = {
  new: ['triage', 'in_progress', 'closed'],
  triage: ['in_progress', 'closed'],
  in_progress: ['waiting_reporter', 'waiting_third_party', 'resolved'],
  waiting_reporter: ['in_progress', 'resolved'],
  waiting_third_party: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

/**
 * How a case ended, as `predicate:value` of the MISP incident-disposition taxonomy
 * (`../taxonomy/data/incident-disposition.machinetag.json`). Typed by hand so the enum is
 * a literal type; a unit test keeps it equal to the published file.
 */
export const DispositionSchema = z.enum([
  'incident:confirmed',
  'incident:deferred',
  'incident:unidentified',
  'incident:transferred',
  'incident:discarded',
  'incident:silently-discarded',
  'not-an-incident:insufficient-data',
  'not-an-incident:faulty-indicator',
  'not-an-incident:misconfiguration',
  'not-an-incident:scan-probe',
  'not-an-incident:failed',
  'not-an-incident:refuted',
  'duplicate:duplicate',
]);
export type Disposition = z.infer<typeof DispositionSchema>;

/** The MISP machine tag, e.g. incident-disposition:incident="confirmed". */
export function dispositionMachineTag(disposition: Disposition): string {
  const separator = disposition.indexOf(':');
  const predicate = disposition.slice(0, separator);
  const value = disposition.slice(separator + 1);
  return `incident-disposition:${predicate}="${value}"`;
}

export type TransitionRequest = {
  to: IncidentStatus;
  /** Required when closing. */
  disposition?: Disposition;
  /** Required (non-blank) when closing: what was done, what was found. */
  resolutionNote?: string;
  /** Required (non-blank) when reopening a resolved or closed case. */
  reason?: string;
};

export type TransitionProblem =
  | 'same_status'
  | 'illegal_transition'
  | 'disposition_required'
  | 'resolution_note_required'
  | 'reason_required';

export type TransitionCheck = { ok: true } | { ok: false; problem: TransitionProblem };

/** Blank after trimming and removing the zero-width characters Khmer keyboards leave. */
const isBlank = (value: string | undefined): boolean =>
  value === undefined || normaliseText(value) === '';

/** A reopen brings a finished case back to work. */
export const isReopen = (from: IncidentStatus, to: IncidentStatus): boolean =>
  (from === 'resolved' || from === 'closed') && to === 'in_progress';

/**
 * Whether `from → request.to` may happen, and if not the first problem found, in this
 * order: same status, not in the table, missing disposition, blank resolution note,
 * blank reopen reason. Fields a transition does not need are ignored.
 */
export function checkTransition(from: IncidentStatus, request: TransitionRequest): TransitionCheck {
  const { to } = request;
  if (from === to) return { ok: false, problem: 'same_status' };
  if (!INCIDENT_TRANSITIONS[from].includes(to)) return { ok: false, problem: 'illegal_transition' };
  if (to === 'closed') {
    if (request.disposition === undefined) return { ok: false, problem: 'disposition_required' };
    if (isBlank(request.resolutionNote)) return { ok: false, problem: 'resolution_note_required' };
  }
  if (isReopen(from, to) && isBlank(request.reason))
    return { ok: false, problem: 'reason_required' };
  return { ok: true };
}

/** Waiting on someone outside the CERT: the SLA clock is paused. */
export const isWaiting = (status: IncidentStatus): boolean =>
  status === 'waiting_reporter' || status === 'waiting_third_party';

/** Still being worked on (or waiting): not resolved and not closed. */
export const isOpen = (status: IncidentStatus): boolean =>
  status !== 'resolved' && status !== 'closed';
