import { describe, expect, it } from 'vitest';
import { suggestClassification, type SeenBefore } from './suggestion.ts';

const phishing = {
  rsitClass: 'fraud',
  rsitType: 'phishing',
  localSubtype: 'phishing-message-or-site',
} as const;
const seenAsPhishing: SeenBefore = { value: 'aba-verify.com', classification: phishing };

describe('classification suggestion', () => {
  it('follows what most reports were reported as, narrowed by a telling answer', () => {
    const suggestion = suggestClassification([
      { incidentType: 'phishing', details: {} },
      { incidentType: 'money-scam', details: { contactChannel: 'phone-call' } },
      { incidentType: 'money-scam', details: { contactChannel: 'phone-call' } },
    ]);
    expect(suggestion).toEqual({
      classification: {
        rsitClass: 'fraud',
        rsitType: 'masquerade',
        localSubtype: 'telecom-voip-scam',
      },
      reasons: [
        { code: 'reported_as', subject: 'money-scam' },
        { code: 'answer', subject: 'contactChannel=phone-call' },
      ],
    });
  });

  it('narrows a Facebook takeover and leaves an unknown platform alone', () => {
    const facebook = suggestClassification([
      { incidentType: 'account-takeover', details: { platform: 'messenger' } },
    ]);
    expect(facebook?.classification.localSubtype).toBe('facebook-account-takeover');
    const tiktok = suggestClassification([
      { incidentType: 'account-takeover', details: { platform: 'tiktok' } },
    ]);
    expect(tiktok?.classification.localSubtype).toBe('social-media-account-takeover');
    expect(tiktok?.reasons).toHaveLength(1);
  });

  it('adds "seen before" when another incident with the same observable agrees', () => {
    const suggestion = suggestClassification(
      [{ incidentType: 'phishing', details: {} }],
      [seenAsPhishing],
    );
    expect(suggestion?.reasons.map((r) => r.code)).toEqual([
      'reported_as',
      'observable_seen_before',
    ]);
  });

  it('keeps the reports’ word when the other incidents disagree', () => {
    const suggestion = suggestClassification(
      [{ incidentType: 'defacement', details: {} }],
      [seenAsPhishing],
    );
    expect(suggestion?.classification.localSubtype).toBe('web-defacement');
    expect(suggestion?.reasons.map((r) => r.code)).toEqual(['reported_as']);
  });

  it('suggests from observables alone for an incident without reports, by majority', () => {
    const takeover = {
      value: 't.me/scam',
      classification: {
        rsitClass: 'intrusions',
        rsitType: 'unprivileged-account-compromise',
        localSubtype: 'telegram-account-takeover',
      },
    } as const;
    const suggestion = suggestClassification([], [takeover, seenAsPhishing, seenAsPhishing]);
    expect(suggestion).toEqual({
      classification: phishing,
      reasons: [{ code: 'observable_seen_before', subject: 'aba-verify.com' }],
    });
    expect(suggestClassification([], [])).toBeNull();
  });
});
