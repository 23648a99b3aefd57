import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_REPORT_FORM,
  fieldIdOf,
  occurredAtOf,
  rawDetails,
  reportFields,
  validateReport,
} from './report-form.ts';

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

  it('leaves contact details and answers out when none were given (an anonymous report)', () => {
    const result = validateReport(valid, 'km', t);
    expect(result.ok && result.body.contact).toBeUndefined();
    expect(result.ok && result.body.details).toBeUndefined();
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

describe('the answers to the questions of a kind', () => {
  it('send an amount typed in Khmer digits as a number, with the channel and account', () => {
    const details = {
      amount: '៥០០ ០០០',
      currency: 'KHR',
      paymentChannel: 'aba',
      receivingAccount: ' ០០០ ១២៣ ៤៥៦ ',
      transferredAt: '2026-01-05',
      transferredAtTime: '09:15',
    };
    const result = validateReport({ ...valid, details }, 'km', t);
    const sent = result.ok ? result.body.details : undefined;
    expect(sent).toMatchObject({
      amount: 500000,
      currency: 'KHR',
      paymentChannel: 'aba',
      receivingAccount: '000 123 456',
    });
    expect(sent && 'transferredAt' in sent ? sent.transferredAt : '').toMatch(
      /^2026-01-05T09:15:00[+-]\d{2}:\d{2}$/,
    );
  });

  it('send only the answers of the kind picked', () => {
    const details = { platform: 'facebook', paymentChannel: 'wing' };
    expect(rawDetails('money-scam', details)).toEqual({ paymentChannel: 'wing' });
    expect(rawDetails('account-takeover', details)).toEqual({ platform: 'facebook' });
    expect(rawDetails('other', details)).toBeUndefined();
  });

  it('read counts in Khmer digits, and leave empty ones out', () => {
    expect(rawDetails('malware', { devicesAffected: '១២', ransomNote: '  ' })).toEqual({
      devicesAffected: '12',
    });
  });

  it('explain a wrong amount next to its field', () => {
    const words = validateReport({ ...valid, details: { amount: 'fifty' } }, 'en', t);
    expect(words).toEqual({ ok: false, errors: { 'details.amount': 'errors.amountNumber' } });
    const zero = validateReport({ ...valid, details: { amount: '០' } }, 'en', t);
    expect(zero).toEqual({ ok: false, errors: { 'details.amount': 'errors.amountPositive' } });
  });

  it('list the fields of the kind between the kind and the description', () => {
    expect(reportFields('defacement')).toEqual([
      'incidentType',
      'details.url',
      'details.firstSeenAt',
      'description',
      'occurredAt',
      'contact.name',
      'contact.email',
      'contact.phone',
    ]);
    expect(fieldIdOf('defacement', 'details.firstSeenAt')).toBe('detail-firstSeenAt-date');
    expect(fieldIdOf('phishing', 'details.enteredCredentials')).toBe(
      'detail-enteredCredentials-yes',
    );
    expect(fieldIdOf('phishing', 'contact.email')).toBe('contact-email');
  });
});
