import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { TIMELINE_KINDS, type TimelineEntry } from '../../../domain/incidents/incident.schemas.ts';
import { DispositionSchema } from '../../../domain/incidents/lifecycle.ts';
import { LanguageSchema, type Language } from '../../../domain/language.ts';
import { RSIT_CLASSES } from '../../../domain/taxonomy/rsit.ts';
import { IncidentTypeIdSchema } from '../../../domain/taxonomy/incident-types.ts';
import { staffResources as resources } from '../../i18n/staff-resources.ts';
import {
  dispositionGroup,
  dispositionGroupLabel,
  dispositionLabel,
  rsitClassLabel,
  rsitTypeLabel,
  suggestionReasonText,
} from './labels.ts';
import { timelineText } from './timeline-text.ts';

const translators = {} as Record<Language, TFunction>;

beforeAll(async () => {
  for (const language of LanguageSchema.options) {
    const instance = i18next.createInstance();
    await instance.init({
      resources,
      lng: language,
      fallbackLng: false,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    translators[language] = instance.t;
  }
});

/** A text that still shows a catalogue key or a placeholder was not translated. */
const untranslated = (text: string) => /staff\.|\{\{/.test(text);

const SAMPLE_DETAILS: Record<TimelineEntry['kind'], TimelineEntry['details']> = {
  created: { severity: 'high' },
  report_linked: { reportId: 'r1', trackingCode: '7KQM3XWD' },
  report_unlinked: { reportId: 'r1' },
  classified: { rsitClass: 'fraud', rsitType: 'masquerade', localSubtype: 'telecom-voip-scam' },
  severity_changed: { from: 'low', to: 'high', computed: 'low', overridden: true },
  details_changed: { fields: 'title,impact,financialLoss' },
  assigned: { assigneeId: 'u1' },
  status_changed: { from: 'resolved', to: 'closed', disposition: 'incident:confirmed' },
  contained: {},
  comment: {},
  message_to_reporter: { reportId: 'r1' },
  reporter_message: { reportId: 'r1', trackingCode: '7KQM3XWD' },
  merged: { incidentId: 'i2', reference: 'INC-000002' },
  split: { incidentId: 'i2', reference: 'INC-000002' },
  observable: { type: 'phone', value: '+855971234567', decision: 'confirmed' },
  task_created: { taskId: 't1' },
  task_updated: { taskId: 't1', status: 'done', fields: 'status' },
  playbook_run: { playbookId: 'money-scam', tasks: 4 },
};

describe('incident labels in both languages', () => {
  it('name every RSIT class and type', () => {
    for (const language of LanguageSchema.options) {
      const t = translators[language];
      for (const entry of RSIT_CLASSES) {
        expect(rsitClassLabel(t, entry.id), entry.id).not.toMatch(/^[a-z-]+$/);
        for (const type of entry.types) {
          expect(untranslated(rsitTypeLabel(t, type)), type).toBe(false);
          expect(rsitTypeLabel(t, type), `${language} ${type}`).not.toBe(type);
        }
      }
    }
  });

  it('name every disposition and its group', () => {
    for (const language of LanguageSchema.options) {
      const t = translators[language];
      for (const disposition of DispositionSchema.options) {
        expect(untranslated(dispositionLabel(t, disposition)), disposition).toBe(false);
        const group = dispositionGroupLabel(t, dispositionGroup(disposition));
        expect(untranslated(group), disposition).toBe(false);
      }
    }
  });

  it('put every kind of timeline entry in words', () => {
    const lookup = {
      trackingCodes: new Map([['r1', '7KQM3XWD']]),
      staffNames: new Map([['u1', 'Sokha Analyst']]),
    };
    for (const language of LanguageSchema.options) {
      for (const kind of TIMELINE_KINDS) {
        const entry = {
          id: kind,
          at: '2026-11-24T07:05:00.000Z',
          kind,
          actor: null,
          body: null,
          details: SAMPLE_DETAILS[kind],
        };
        const text = timelineText(translators[language], language, entry, lookup);
        expect(untranslated(text), `${language} ${kind}: ${text}`).toBe(false);
      }
    }
    const en = translators.en;
    const entry = (kind: TimelineEntry['kind']) => ({
      id: kind,
      at: '2026-11-24T07:05:00.000Z',
      kind,
      actor: null,
      body: null,
      details: SAMPLE_DETAILS[kind],
    });
    expect(timelineText(en, 'en', entry('status_changed'), lookup)).toBe(
      'Status changed from Resolved to Closed. Closed as: Confirmed incident.',
    );
    expect(timelineText(en, 'en', entry('message_to_reporter'), lookup)).toBe(
      'Wrote to the reporter of 7KQM-3XWD.',
    );
    expect(timelineText(en, 'en', entry('assigned'), lookup)).toBe('Assigned to Sokha Analyst.');
    expect(timelineText(en, 'en', entry('details_changed'), lookup)).toBe(
      'Changed: Title, Impact, Financial loss.',
    );
  });

  it('say why a classification is suggested', () => {
    const en = translators.en;
    expect(suggestionReasonText(en, { code: 'reported_as', subject: 'money-scam' })).toBe(
      'reported as money scam',
    );
    expect(suggestionReasonText(en, { code: 'answer', subject: 'paymentChannel=aba' })).toBe(
      'answer: payment channel = ABA',
    );
    const km = translators.km;
    for (const kind of IncidentTypeIdSchema.options) {
      const text = suggestionReasonText(km, { code: 'reported_as', subject: kind });
      expect(untranslated(text), kind).toBe(false);
    }
    expect(suggestionReasonText(km, { code: 'answer', subject: 'platform=telegram' })).toBe(
      'ចម្លើយ៖ កម្មវិធី = Telegram (តេឡេក្រាម)',
    );
  });
});
