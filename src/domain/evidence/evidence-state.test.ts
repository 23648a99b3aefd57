import { describe, expect, it } from 'vitest';
import { contentOpenable, stepEvidence, type EvidenceStanding } from './evidence-state.ts';

const active: EvidenceStanding = { state: 'active', legalHold: false };
const sealed: EvidenceStanding = { state: 'sealed', legalHold: false };
const held: EvidenceStanding = { state: 'active', legalHold: true };
const destroyed: EvidenceStanding = { state: 'destroyed', legalHold: false };

describe('stepEvidence', () => {
  it('seals, unseals, holds and releases, recording each', () => {
    expect(stepEvidence(active, 'seal')).toEqual({ ok: true, next: sealed, custody: 'sealed' });
    expect(stepEvidence(sealed, 'unseal')).toEqual({
      ok: true,
      next: active,
      custody: 'unsealed',
    });
    expect(stepEvidence(sealed, 'hold')).toEqual({
      ok: true,
      next: { state: 'sealed', legalHold: true },
      custody: 'hold_placed',
    });
    expect(stepEvidence(held, 'release')).toEqual({
      ok: true,
      next: active,
      custody: 'hold_released',
    });
    expect(stepEvidence(held, 'transfer')).toEqual({
      ok: true,
      next: held,
      custody: 'transferred',
    });
  });

  it('refuses what does not apply, saying why', () => {
    expect(stepEvidence(sealed, 'seal')).toEqual({ ok: false, refusal: 'already_sealed' });
    expect(stepEvidence(active, 'unseal')).toEqual({ ok: false, refusal: 'not_sealed' });
    expect(stepEvidence(held, 'hold')).toEqual({ ok: false, refusal: 'already_on_hold' });
    expect(stepEvidence(active, 'release')).toEqual({ ok: false, refusal: 'not_on_hold' });
  });

  it('destroys only what is not on legal hold, and nothing is done to a destroyed item', () => {
    expect(stepEvidence(held, 'destroy')).toEqual({ ok: false, refusal: 'on_hold' });
    expect(stepEvidence(sealed, 'destroy')).toEqual({
      ok: true,
      next: destroyed,
      custody: 'destroyed',
    });
    for (const action of ['seal', 'unseal', 'hold', 'release', 'destroy', 'transfer'] as const) {
      expect(stepEvidence(destroyed, action)).toEqual({ ok: false, refusal: 'destroyed' });
    }
  });

  it('opens the content of active items only', () => {
    expect([active, held, sealed, destroyed].map(contentOpenable)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
