import type { TFunction } from 'i18next';
import {
  TaskStatusSchema,
  type TimelineEntry,
} from '../../../domain/incidents/incident.schemas.ts';
import { DispositionSchema, IncidentStatusSchema } from '../../../domain/incidents/lifecycle.ts';
import { SeveritySchema } from '../../../domain/incidents/severity.ts';
import type { Language } from '../../../domain/language.ts';
import { ObservableTypeSchema } from '../../../domain/observables/observable.schemas.ts';
import { LocalSubtypeSchema } from '../../../domain/taxonomy/local-subtypes.ts';
import { displayTrackingCode } from '../../shared/codes.ts';
import {
  dispositionLabel,
  fieldLabel,
  rsitClassLabel,
  rsitTypeLabel,
  statusLabel,
  subtypeLabel,
} from './labels.ts';

/** What the page knows besides the entry: tracking codes of reports, names of staff. */
export type TimelineLookup = {
  trackingCodes: ReadonlyMap<string, string>;
  staffNames: ReadonlyMap<string, string>;
};

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/**
 * One timeline entry as a sentence in the reader's language. Every kind of TIMELINE_KINDS
 * has its words (the switch is exhaustive); values come from the entry's details, and an
 * unknown value is shown as it is rather than hidden.
 */
export function timelineText(
  t: TFunction,
  language: Language,
  entry: TimelineEntry,
  lookup: TimelineLookup,
): string {
  const { details } = entry;
  const reportCode = () => {
    const code = text(details.trackingCode) ?? lookup.trackingCodes.get(String(details.reportId));
    return code ? displayTrackingCode(code) : t('staff.incidents.timeline.aReport');
  };
  const status = (value: unknown) => {
    const parsed = IncidentStatusSchema.safeParse(value);
    return parsed.success ? statusLabel(parsed.data, language) : String(value);
  };
  const severity = (value: unknown) => {
    const parsed = SeveritySchema.safeParse(value);
    return parsed.success ? t(`staff.incidents.severity.${parsed.data}`) : String(value);
  };

  switch (entry.kind) {
    case 'created':
      return t('staff.incidents.timeline.created', { severity: severity(details.severity) });
    case 'report_linked':
      return t('staff.incidents.timeline.reportLinked', { code: reportCode() });
    case 'report_unlinked':
      return t('staff.incidents.timeline.reportUnlinked', { code: reportCode() });
    case 'classified': {
      const subtype = LocalSubtypeSchema.safeParse(details.localSubtype);
      return t('staff.incidents.timeline.classified', {
        subtype: subtype.success ? subtypeLabel(subtype.data, language) : '—',
        rsit: `${rsitClassLabel(t, String(details.rsitClass))} / ${rsitTypeLabel(t, String(details.rsitType))}`,
      });
    }
    case 'severity_changed':
      return details.overridden === true
        ? t('staff.incidents.timeline.severityOverridden', {
            from: severity(details.from),
            to: severity(details.to),
            computed: severity(details.computed),
          })
        : t('staff.incidents.timeline.severityChanged', {
            from: severity(details.from),
            to: severity(details.to),
          });
    case 'details_changed': {
      const fields = (text(details.fields) ?? '').split(',').filter(Boolean);
      return t('staff.incidents.timeline.detailsChanged', {
        fields: fields.map((field) => fieldLabel(t, field)).join(', '),
      });
    }
    case 'assigned': {
      const id = text(details.assigneeId);
      if (!id) return t('staff.incidents.timeline.unassigned');
      return t('staff.incidents.timeline.assigned', {
        name: lookup.staffNames.get(id) ?? t('staff.incidents.timeline.someone'),
      });
    }
    case 'status_changed': {
      const moved = t('staff.incidents.timeline.statusChanged', {
        from: status(details.from),
        to: status(details.to),
      });
      const disposition = DispositionSchema.safeParse(details.disposition);
      return disposition.success
        ? `${moved} ${t('staff.incidents.timeline.closedAs', {
            disposition: dispositionLabel(t, disposition.data),
          })}`
        : moved;
    }
    case 'contained':
      return t('staff.incidents.timeline.contained');
    case 'comment':
      return t('staff.incidents.timeline.comment');
    case 'message_to_reporter':
      return t('staff.incidents.timeline.messageToReporter', { code: reportCode() });
    case 'reporter_message':
      return t('staff.incidents.timeline.reporterMessage', { code: reportCode() });
    case 'merged': {
      const into = text(details.into);
      return into
        ? t('staff.incidents.timeline.mergedInto', { reference: into })
        : t('staff.incidents.timeline.merged', {
            reference: text(details.reference) ?? t('staff.incidents.timeline.anIncident'),
          });
    }
    case 'observable': {
      const type = ObservableTypeSchema.safeParse(details.type);
      const indicator = {
        type: type.success ? t(`staff.observables.types.${type.data}`) : String(details.type),
        value: String(details.value),
      };
      return details.decision === 'removed'
        ? t('staff.incidents.timeline.observableRemoved', indicator)
        : t('staff.incidents.timeline.observableConfirmed', indicator);
    }
    case 'task_created':
      return t('staff.incidents.timeline.taskCreated');
    case 'task_updated': {
      const taskStatus = TaskStatusSchema.safeParse(details.status);
      return taskStatus.success
        ? t('staff.incidents.timeline.taskUpdated', {
            status: t(`staff.incidents.timeline.taskStatus.${taskStatus.data}`),
          })
        : t('staff.incidents.timeline.taskChanged');
    }
    case 'playbook_run':
      return t('staff.incidents.timeline.playbookRun', { tasks: Number(details.tasks ?? 0) });
    case 'split': {
      const reference = text(details.reference);
      return reference
        ? t('staff.incidents.timeline.split', { reference })
        : t('staff.incidents.timeline.splitOff');
    }
  }
}

/** Who did it: a staff member, the reporter, or the system. */
export function timelineActor(t: TFunction, entry: TimelineEntry): string {
  if (entry.actor) return entry.actor.name;
  return entry.kind === 'reporter_message'
    ? t('staff.incidents.timeline.reporter')
    : t('staff.incidents.timeline.system');
}
