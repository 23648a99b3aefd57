import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES, IncidentTypeIdSchema } from './taxonomy/incident-types.ts';
import { isRsitType, RSIT_CLASSES } from './taxonomy/rsit.ts';
import { languageFromHeader } from './language.ts';
import { permissionsOf, StaffRoleSchema } from './roles.ts';
import {
  formatReporterSecret,
  formatTrackingCode,
  normaliseTrackingCode,
} from './reports/tracking-code.ts';
import { normaliseText, PublicReportBodySchema, toAsciiDigits } from './reports/report.schemas.ts';

describe('incident types', () => {
  it('maps every reporter choice to a real RSIT class and type', () => {
    expect(INCIDENT_TYPES.map((t) => t.id)).toEqual(IncidentTypeIdSchema.options);
    for (const type of INCIDENT_TYPES) {
      expect(isRsitType(type.rsit.class, type.rsit.type), type.id).toBe(true);
      expect(type.label.km).toMatch(/[\u1780-\u17FF]/);
      expect(type.hint.km).toMatch(/[\u1780-\u17FF]/);
    }
  });

  it('reads the RSIT classes from the published taxonomy', () => {
    expect(RSIT_CLASSES.map((c) => c.id)).toContain('fraud');
    expect(RSIT_CLASSES.find((c) => c.id === 'fraud')?.types).toEqual([
      'unauthorised-use-of-resources',
      'copyright',
      'masquerade',
      'phishing',
    ]);
  });
});

describe('roles', () => {
  it('grants exactly this role × permission table', () => {
    const table = Object.fromEntries(
      StaffRoleSchema.options.map((role) => [role, [...permissionsOf(role)].sort()]),
    );
    expect(table).toEqual({
      admin: [
        'audit:read',
        'law:read',
        'organisations:manage',
        'playbooks:manage',
        'settings:manage',
        'users:manage',
      ],
      coordinator: [
        'evidence:destroy',
        'evidence:handle',
        'evidence:read',
        'evidence:unseal',
        'incidents:handle',
        'incidents:read',
        'law:read',
        'playbooks:manage',
        'reports:contact:read',
        'reports:read',
        'reports:respond',
      ],
      analyst: [
        'evidence:handle',
        'evidence:read',
        'incidents:handle',
        'incidents:read',
        'law:read',
        'reports:contact:read',
        'reports:read',
        'reports:respond',
      ],
      liaison: ['law:read'],
      oversight: ['audit:read', 'law:read'],
      partner: [],
    });
  });
});

describe('language negotiation', () => {
  it.each([
    [undefined, 'km'],
    ['en-US,en;q=0.9', 'en'],
    ['fr, en;q=0.5', 'en'],
    ['km-KH', 'km'],
    ['de', 'km'],
    ['en;q=0.2, km;q=0.8', 'km'],
  ])('%s → %s', (header, expected) => {
    expect(languageFromHeader(header)).toBe(expected);
  });
});

describe('tracking codes', () => {
  it('accepts what people type and rejects what cannot be a code', () => {
    expect(normaliseTrackingCode(' k7m4-9qxr ')).toBe('K7M49QXR');
    expect(normaliseTrackingCode('K7M4 9QXR')).toBe('K7M49QXR');
    expect(normaliseTrackingCode('K7M4-9QX0')).toBeNull();
    expect(normaliseTrackingCode('K7M4')).toBeNull();
    expect(formatTrackingCode('K7M49QXR')).toBe('K7M4-9QXR');
    expect(formatReporterSecret('ABCDEFGHJKMNPQRTUVWX')).toBe('ABCDE-FGHJK-MNPQR-TUVWX');
  });
});

describe('report input', () => {
  it('turns Khmer digits into ASCII and strips zero-width spaces', () => {
    expect(toAsciiDigits('០១២ ៣៤៥ ៦៧៨')).toBe('012 345 678');
    expect(normaliseText(' ខ្ញុំ\u200bបាន\u200cទទួល ')).toBe('ខ្ញុំបានទទួល');
  });

  it('validates a report and its optional contact', () => {
    const base = {
      incidentType: 'phishing',
      description: 'A fake ABA page asked for my PIN.',
      language: 'en',
    };
    expect(PublicReportBodySchema.safeParse(base).success).toBe(true);
    expect(PublicReportBodySchema.safeParse({ ...base, contact: null }).success).toBe(true);
    const withContact = PublicReportBodySchema.parse({
      ...base,
      contact: { phone: '០៩៧ ១២៣ ៤៥៦៧', email: '' },
    });
    expect(withContact.contact).toEqual({ phone: '097 123 4567' });
    expect(
      PublicReportBodySchema.safeParse({ ...base, contact: { email: 'not-an-email' } }).success,
    ).toBe(false);
    expect(
      PublicReportBodySchema.safeParse({ ...base, description: '\u200b'.repeat(20) }).success,
    ).toBe(false);
    expect(
      PublicReportBodySchema.safeParse({ ...base, occurredAt: '2026-11-20T14:30' }).success,
    ).toBe(true);
  });
});

describe('report details', () => {
  it('turns Khmer digits in amounts, counts and account numbers into ASCII', async () => {
    const { MoneyScamDetailsSchema, MalwareDetailsSchema } =
      await import('./reports/report-details.ts');
    expect(
      MoneyScamDetailsSchema.parse({
        amount: '៥០០ ០០០',
        receivingAccount: '០០០ ១២៣ ៤៥៦',
        scammerContact: '០៩៧ ១២៣ ៤៥៦៧',
      }),
    ).toEqual({ amount: 500000, receivingAccount: '000 123 456', scammerContact: '097 123 4567' });
    expect(MalwareDetailsSchema.parse({ devicesAffected: '១២' })).toEqual({ devicesAffected: 12 });
    expect(MoneyScamDetailsSchema.safeParse({ amount: '-3' }).success).toBe(false);
  });
});
