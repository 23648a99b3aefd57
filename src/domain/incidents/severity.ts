import { z } from 'zod';
import { normaliseText } from '../reports/text.ts';

/** Most severe first: the order of `options` is the order of the scale. */
export const SeveritySchema = z.enum(['critical', 'high', 'medium', 'low']);
export type Severity = z.infer<typeof SeveritySchema>;

export const ImpactLevelSchema = z.enum(['none', 'low', 'medium', 'high']);
export type ImpactLevel = z.infer<typeof ImpactLevelSchema>;

export const CiaImpactSchema = z.object({
  confidentiality: ImpactLevelSchema,
  integrity: ImpactLevelSchema,
  availability: ImpactLevelSchema,
});
export type CiaImpact = z.infer<typeof CiaImpactSchema>;

/** The sector of the victim or target (docs: DESIGN.md, "Classification"). */
export const TargetSectorSchema = z.enum([
  'government',
  'critical_infrastructure',
  'finance',
  'telecom',
  'education',
  'business',
  'individual',
]);
export type TargetSector = z.infer<typeof TargetSectorSchema>;

export const ActorTypeSchema = z.enum([
  'cybercriminal',
  'social_media_hacker',
  'hacktivist',
  'script_kiddie',
  'insider',
  'state_sponsored',
  'unknown',
]);
export type ActorType = z.infer<typeof ActorTypeSchema>;

export const SeverityInputSchema = z.object({
  impact: CiaImpactSchema,
  sector: TargetSectorSchema.nullable(),
  /** People or organisations affected; null when unknown. */
  victims: z.number().int().min(0).nullable(),
});
export type SeverityInput = z.infer<typeof SeverityInputSchema>;

/**
 * Why a severity came out as it did, as codes the UI renders in Khmer and English.
 * `impact` always comes first; the others only when they changed something.
 */
export type SeverityReason =
  | { code: 'impact'; level: ImpactLevel }
  | { code: 'no_impact' }
  | { code: 'sector_raises'; sector: TargetSector }
  | { code: 'scale_raises'; victims: number; steps: 1 | 2 }
  | { code: 'capped' };

/**
 * The matrix (also in docs/severity.md):
 *
 * | step   | rule                                                     | effect              |
 * | ------ | -------------------------------------------------------- | ------------------- |
 * | base   | highest of C / I / A impact: high                        | high                |
 * |        | medium                                                   | medium              |
 * |        | low or none                                              | low                 |
 * | sector | government, critical_infrastructure                      | +1                  |
 * |        | finance, telecom — only when the base impact is high     | +1                  |
 * |        | education, business, individual, unknown (null)          | +0                  |
 * | scale  | victims ≥ 1000                                           | +2                  |
 * |        | victims ≥ 100                                            | +1                  |
 * |        | fewer, or unknown (null)                                 | +0                  |
 * | cap    | never above critical                                     | reason `capped`     |
 * | none   | every impact none and no victims (null or 0)             | low, nothing raises |
 *
 * Steps go low → medium → high → critical.
 */
const IMPACT_ORDER = ImpactLevelSchema.options;

const BASE_BY_IMPACT: Record<ImpactLevel, Severity> = {
  none: 'low',
  low: 'low',
  medium: 'medium',
  high: 'high',
};

const ALWAYS_RAISING: readonly TargetSector[] = ['government', 'critical_infrastructure'];
const RAISING_WHEN_HIGH: readonly TargetSector[] = ['finance', 'telecom'];

/** Position on the scale, 0 = critical … 3 = low. */
const rank = (severity: Severity): number => SeveritySchema.options.indexOf(severity);

/** Negative when `a` is more severe than `b`: sorts most severe first. */
export const compareSeverity = (a: Severity, b: Severity): number => rank(a) - rank(b);

export function highestImpact(impact: CiaImpact): ImpactLevel {
  const levels = [impact.confidentiality, impact.integrity, impact.availability];
  return levels.reduce((highest, level) =>
    IMPACT_ORDER.indexOf(level) > IMPACT_ORDER.indexOf(highest) ? level : highest,
  );
}

const scaleSteps = (victims: number | null): 0 | 1 | 2 => {
  if (victims === null) return 0;
  if (victims >= 1000) return 2;
  if (victims >= 100) return 1;
  return 0;
};

/** The severity the matrix gives, with the reasons, for the UI and the audit log. */
export function computeSeverity(input: SeverityInput): {
  severity: Severity;
  reasons: SeverityReason[];
} {
  const level = highestImpact(input.impact);
  const reasons: SeverityReason[] = [{ code: 'impact', level }];
  if (level === 'none' && !input.victims) {
    return { severity: 'low', reasons: [...reasons, { code: 'no_impact' }] };
  }

  let steps = 0;
  const { sector, victims } = input;
  if (
    sector !== null &&
    (ALWAYS_RAISING.includes(sector) || (level === 'high' && RAISING_WHEN_HIGH.includes(sector)))
  ) {
    steps += 1;
    reasons.push({ code: 'sector_raises', sector });
  }
  const scale = scaleSteps(victims);
  if (victims !== null && scale !== 0) {
    steps += scale;
    reasons.push({ code: 'scale_raises', victims, steps: scale });
  }

  const raised = rank(BASE_BY_IMPACT[level]) - steps;
  if (raised < 0) reasons.push({ code: 'capped' });
  const severity = SeveritySchema.options[Math.max(0, raised)] ?? 'critical';
  return { severity, reasons };
}

export const SeverityOverrideSchema = z.object({
  severity: SeveritySchema,
  reason: z.string().transform(normaliseText).pipe(z.string().min(1).max(2000)),
});
export type SeverityOverride = { severity: Severity; reason: string };

export type EffectiveSeverity =
  { ok: true; severity: Severity; overridden: boolean } | { ok: false; problem: 'reason_required' };

/**
 * The severity that applies: an analyst's override when there is one, else the computed
 * one. An override must say why (a blank reason, zero-width characters included, is
 * refused); it may lower as well as raise.
 */
export function applyOverride(
  computed: Severity,
  override: SeverityOverride | null,
): EffectiveSeverity {
  if (override === null) return { ok: true, severity: computed, overridden: false };
  if (normaliseText(override.reason) === '') return { ok: false, problem: 'reason_required' };
  return { ok: true, severity: override.severity, overridden: true };
}
