import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LanguageSchema, type Language } from '../../../domain/language.ts';
import {
  NotificationKindSchema,
  type Notification,
} from '../../../domain/notifications.schemas.ts';
import { staffResources } from '../../i18n/staff-resources.ts';
import { notificationText } from './notification-text.ts';

const translators = {} as Record<Language, TFunction>;

beforeAll(async () => {
  for (const language of LanguageSchema.options) {
    const instance = i18next.createInstance();
    await instance.init({
      resources: staffResources,
      lng: language,
      fallbackLng: false,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    translators[language] = instance.t;
  }
});

const notice = (kind: Notification['kind'], details: Notification['details']): Notification => ({
  id: 1,
  kind,
  incidentId: '00000000-0000-4000-8000-000000000001',
  details,
  createdAt: '2026-11-24T07:05:00.000Z',
  read: false,
});

describe('notifications in words', () => {
  it('say every kind in both languages, with the incident reference', () => {
    for (const language of LanguageSchema.options) {
      for (const kind of NotificationKindSchema.options) {
        const text = notificationText(
          translators[language],
          notice(kind, { reference: 'INC-000042', milestone: 'containment' }),
        );
        expect(text, `${kind} in ${language}`).toContain('INC-000042');
        expect(text, `${kind} in ${language}`).not.toMatch(/staff\.|\{\{/);
      }
    }
  });

  it('name the SLA milestone, and stay readable without details', () => {
    const en = translators.en;
    expect(
      notificationText(
        en,
        notice('sla_breached', { reference: 'INC-000042', milestone: 'first_response' }),
      ),
    ).toBe('INC-000042 · First response: deadline missed.');
    expect(
      notificationText(
        translators.km,
        notice('sla_near_breach', { reference: 'INC-000042', milestone: 'resolution' }),
      ),
    ).toBe('INC-000042 · ការដោះស្រាយ៖ ជិតដល់ពេលកំណត់ហើយ។');
    expect(notificationText(en, notice('sla_breached', {}))).toBe(
      'an incident · a milestone: deadline missed.',
    );
  });
});
