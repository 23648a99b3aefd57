import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { EMPTY_REPORT_FORM, occurredAtOf, validateReport } from './report-form.ts';

// A stand-in translator that returns the key, so tests can assert which message was chosen.
const t = ((key: string) => key) as unknown as TFunction;

const valid = {
  ...EMPTY_REPORT_FORM,
  incidentType: 'money-scam' as const,
  description: 'ខ្ញុំបានផ្ទេរប្រាក់ ៥០ ដុល្លារ ទៅគណនី ABA',
};

describe('the report form', () => {
  it('names every problem of an empty form, in form order', () => {
    const result = validateReport(EMPTY_REPORT_FORM, 'km', t);
    expect(result).toEqual({
      ok: false,
      errors: { incidentType: 'errors.chooseType', description: 'errors.descriptionShort' },
    });
  });

  it('leaves contact details out when none were given (an anonymous report)', () => {
    const result = validateReport(valid, 'km', t);
    expect(result.ok && result.body.contact).toBeUndefined();
  });

  it('accepts a phone number in Khmer digits and sends it in ASCII digits', () => {
    const result = validateReport({ ...valid, phone: '០១២ ៣៤៥ ៦៧៨' }, 'en', t);
    expect(result.ok && result.body.contact).toEqual({ phone: '012 345 678' });
  });

  it('points at the contact field that is wrong', () => {
    const result = validateReport({ ...valid, email: 'dara@', phone: 'call me' }, 'en', t);
    expect(result).toEqual({
      ok: false,
      errors: { 'contact.email': 'errors.invalidEmail', 'contact.phone': 'errors.invalidPhone' },
    });
  });

  it('refuses a date in the future', () => {
    const result = validateReport({ ...valid, date: '2999-01-01' }, 'en', t);
    expect(result).toEqual({ ok: false, errors: { occurredAt: 'errors.futureDate' } });
  });

  it('sends a date alone, or a local time with its UTC offset', () => {
    expect(occurredAtOf('', '10:00')).toBeUndefined();
    expect(occurredAtOf('2026-11-20', '')).toBe('2026-11-20');
    expect(occurredAtOf('2026-11-20', '14:30')).toMatch(/^2026-11-20T14:30:00[+-]\d{2}:\d{2}$/);
  });
});
