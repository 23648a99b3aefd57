import { describe, expect, it } from 'vitest';
import {
  ActorTypeSchema,
  applyOverride,
  compareSeverity,
  computeSeverity,
  highestImpact,
  type ImpactLevel,
  SeverityInputSchema,
  SeverityOverrideSchema,
  type Severity,
  type SeverityReason,
  SeveritySchema,
  type TargetSector,
  TargetSectorSchema,
} from './severity.ts';

type Row = [
  c: ImpactLevel,
  i: ImpactLevel,
  a: ImpactLevel,
  sector: TargetSector | null,
  victims: number | null,
  severity: Severity,
  reasons: SeverityReason[],
];

const impact = (level: ImpactLevel): SeverityReason => ({ code: 'impact', level });
const sector = (s: TargetSector): SeverityReason => ({ code: 'sector_raises', sector: s });
const scale = (victims: number, steps: 1 | 2): SeverityReason => ({
  code: 'scale_raises',
  victims,
  steps,
});
const noImpact: SeverityReason = { code: 'no_impact' };
const capped: SeverityReason = { code: 'capped' };

// prettier-ignore
const MATRIX: Row[] = [
  // Nothing happened: low whatever the sector.
  ['none', 'none', 'none', null, null, 'low', [impact('none'), noImpact]],
  ['none', 'none', 'none', 'government', null, 'low', [impact('none'), noImpact]],
  ['none', 'none', 'none', 'critical_infrastructure', 0, 'low', [impact('none'), noImpact]],
  // No impact recorded but people affected: scale still counts.
  ['none', 'none', 'none', null, 100, 'medium', [impact('none'), scale(100, 1)]],
  ['none', 'none', 'none', 'government', 1000, 'critical', [impact('none'), sector('government'), scale(1000, 2)]],
  // Base from the highest of C, I, A.
  ['low', 'none', 'none', null, null, 'low', [impact('low')]],
  ['none', 'medium', 'low', null, null, 'medium', [impact('medium')]],
  ['none', 'none', 'high', null, null, 'high', [impact('high')]],
  ['high', 'medium', 'low', 'individual', 10, 'high', [impact('high')]],
  // Government and critical infrastructure always raise one step.
  ['low', 'none', 'none', 'government', null, 'medium', [impact('low'), sector('government')]],
  ['medium', 'none', 'none', 'government', null, 'high', [impact('medium'), sector('government')]],
  ['medium', 'none', 'none', 'critical_infrastructure', 5, 'high', [impact('medium'), sector('critical_infrastructure')]],
  ['high', 'none', 'none', 'critical_infrastructure', null, 'critical', [impact('high'), sector('critical_infrastructure')]],
  // Finance and telecom raise only on high impact.
  ['low', 'low', 'low', 'finance', null, 'low', [impact('low')]],
  ['medium', 'none', 'none', 'finance', null, 'medium', [impact('medium')]],
  ['none', 'medium', 'none', 'telecom', 50, 'medium', [impact('medium')]],
  ['high', 'none', 'none', 'finance', null, 'critical', [impact('high'), sector('finance')]],
  ['none', 'none', 'high', 'telecom', null, 'critical', [impact('high'), sector('telecom')]],
  // Other sectors never raise.
  ['high', 'none', 'none', 'education', null, 'high', [impact('high')]],
  ['medium', 'none', 'none', 'business', null, 'medium', [impact('medium')]],
  // Scale: ≥ 100 one step, ≥ 1000 two steps.
  ['low', 'none', 'none', 'business', 99, 'low', [impact('low')]],
  ['low', 'none', 'none', null, 100, 'medium', [impact('low'), scale(100, 1)]],
  ['low', 'none', 'none', null, 999, 'medium', [impact('low'), scale(999, 1)]],
  ['low', 'none', 'none', null, 1000, 'high', [impact('low'), scale(1000, 2)]],
  ['medium', 'none', 'none', 'individual', 1000, 'critical', [impact('medium'), scale(1000, 2)]],
  // Sector and scale add up.
  ['medium', 'none', 'none', 'government', 100, 'critical', [impact('medium'), sector('government'), scale(100, 1)]],
  ['low', 'none', 'none', 'government', 1000, 'critical', [impact('low'), sector('government'), scale(1000, 2)]],
  ['low', 'none', 'none', 'finance', 1000, 'high', [impact('low'), scale(1000, 2)]],
  // Never above critical.
  ['high', 'none', 'none', null, 100, 'critical', [impact('high'), scale(100, 1)]],
  ['high', 'none', 'none', null, 1000, 'critical', [impact('high'), scale(1000, 2), capped]],
  ['high', 'high', 'high', 'government', 100, 'critical', [impact('high'), sector('government'), scale(100, 1), capped]],
  ['high', 'high', 'high', 'telecom', 250_000, 'critical', [impact('high'), sector('telecom'), scale(250_000, 2), capped]],
  ['medium', 'none', 'none', 'critical_infrastructure', 1000, 'critical', [impact('medium'), sector('critical_infrastructure'), scale(1000, 2), capped]],
];

describe('computeSeverity: the matrix', () => {
  it('has at least 20 cases', () => {
    expect(MATRIX.length).toBeGreaterThanOrEqual(20);
  });

  it.each(MATRIX)(
    'C=%s I=%s A=%s sector=%s victims=%s → %s',
    (c, i, a, s, victims, severity, reasons) => {
      const input = {
        impact: { confidentiality: c, integrity: i, availability: a },
        sector: s,
        victims,
      };
      expect(SeverityInputSchema.parse(input)).toEqual(input);
      expect(computeSeverity(input)).toEqual({ severity, reasons });
    },
  );

  it('every sector is covered by the matrix', () => {
    const covered = new Set(MATRIX.map((row) => row[3]));
    for (const s of TargetSectorSchema.options) expect(covered, s).toContain(s);
  });

  it('every severity is reachable', () => {
    expect(new Set(MATRIX.map((row) => row[5]))).toEqual(new Set(SeveritySchema.options));
  });
});

describe('severity helpers', () => {
  it('orders severities most severe first', () => {
    expect(SeveritySchema.options).toEqual(['critical', 'high', 'medium', 'low']);
    const shuffled: Severity[] = ['low', 'critical', 'medium', 'high', 'low'];
    expect([...shuffled].sort(compareSeverity)).toEqual([
      'critical',
      'high',
      'medium',
      'low',
      'low',
    ]);
    expect(compareSeverity('high', 'high')).toBe(0);
  });

  it.each([
    [{ confidentiality: 'none', integrity: 'none', availability: 'none' }, 'none'],
    [{ confidentiality: 'low', integrity: 'none', availability: 'none' }, 'low'],
    [{ confidentiality: 'none', integrity: 'medium', availability: 'low' }, 'medium'],
    [{ confidentiality: 'medium', integrity: 'low', availability: 'high' }, 'high'],
  ] as const)('highest impact of %o is %s', (cia, level) => {
    expect(highestImpact(cia)).toBe(level);
  });

  it('rejects negative or fractional victim counts', () => {
    const base = {
      impact: { confidentiality: 'low', integrity: 'none', availability: 'none' },
      sector: null,
    };
    expect(SeverityInputSchema.safeParse({ ...base, victims: -1 }).success).toBe(false);
    expect(SeverityInputSchema.safeParse({ ...base, victims: 1.5 }).success).toBe(false);
    expect(SeverityInputSchema.safeParse({ ...base, sector: 'ngo', victims: null }).success).toBe(
      false,
    );
  });

  it('lists the actor types of the design, with unknown', () => {
    expect(ActorTypeSchema.options).toEqual([
      'cybercriminal',
      'social_media_hacker',
      'hacktivist',
      'script_kiddie',
      'insider',
      'state_sponsored',
      'unknown',
    ]);
  });
});

describe('applyOverride', () => {
  it('keeps the computed severity when there is no override', () => {
    expect(applyOverride('medium', null)).toEqual({
      ok: true,
      severity: 'medium',
      overridden: false,
    });
  });

  it('raises with a reason', () => {
    expect(
      applyOverride('low', { severity: 'critical', reason: 'Ministry mail server involved' }),
    ).toEqual({ ok: true, severity: 'critical', overridden: true });
  });

  it('lowers with a reason', () => {
    expect(applyOverride('high', { severity: 'low', reason: 'ការធ្វើតេស្តដែលបានគ្រោងទុក' })).toEqual({
      ok: true,
      severity: 'low',
      overridden: true,
    });
  });

  it.each(['', '   ', '\t\n', '\u200B', ' \u200C\uFEFF '])(
    'refuses the blank reason %j',
    (reason) => {
      expect(applyOverride('high', { severity: 'low', reason })).toEqual({
        ok: false,
        problem: 'reason_required',
      });
    },
  );

  it('validates an override body the same way', () => {
    expect(SeverityOverrideSchema.safeParse({ severity: 'high', reason: ' \u200B ' }).success).toBe(
      false,
    );
    expect(
      SeverityOverrideSchema.parse({ severity: 'high', reason: '  Bank confirmed loss ' }),
    ).toEqual({ severity: 'high', reason: 'Bank confirmed loss' });
    expect(SeverityOverrideSchema.safeParse({ severity: 'urgent', reason: 'x' }).success).toBe(
      false,
    );
  });
});
