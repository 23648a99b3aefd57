import { describe, expect, it } from 'vitest';
import type { Classification } from '../incidents/incident.schemas.ts';
import { INCIDENT_TYPES } from '../taxonomy/incident-types.ts';
import { LocalSubtypeSchema, type LocalSubtype } from '../taxonomy/local-subtypes.ts';
import { RSIT_CLASSES } from '../taxonomy/rsit.ts';
import { legalCandidatesFor } from './candidates.ts';
import { CATALOGUE_INPUT, findProvision } from './catalogue.ts';

const classify = (rsit: string, localSubtype: LocalSubtype): Classification => {
  const [rsitClass = '', rsitType = ''] = rsit.split('/');
  return { rsitClass, rsitType, localSubtype };
};

const idsFor = (rsit: string, subtype: LocalSubtype) =>
  legalCandidatesFor(classify(rsit, subtype)).candidates.map((c) => c.provisionId);

describe('candidate provisions for an incident', () => {
  it('phishing and fraud: Convention arts 7 and 8, and the general fraud offences said to be missing', () => {
    const result = legalCandidatesFor(classify('fraud/phishing', 'phishing-message-or-site'));
    expect(result.candidates.map((c) => c.provisionId)).toEqual([
      'kh-cc-2009-general-fraud-forgery',
      'coe-185-art-7',
      'coe-185-art-8',
    ]);
    expect(result.candidates[0]?.reasons.map((r) => r.basis)).toEqual([
      'rsit_type',
      'local_subtype',
    ]);
    expect(result.notes.map((n) => n.code)).toEqual(['fraud_not_in_sources']);
    expect(result.notes[0]?.text.en).toMatch(/not in the sources/);
    expect(idsFor('fraud/masquerade', 'telecom-voip-scam')).toContain('coe-185-art-8');
  });

  it('account takeover: CC 427, draft art 21 and Convention art 2', () => {
    const result = legalCandidatesFor(
      classify('intrusions/unprivileged-account-compromise', 'facebook-account-takeover'),
    );
    expect(result.candidates.map((c) => c.provisionId)).toEqual([
      'kh-cc-2009-art-427',
      'kh-draft-ccl-v1-art-21',
      'coe-185-art-2',
    ]);
    const [cc427] = result.candidates;
    expect(cc427?.match).toBe('mapped');
    expect(cc427?.verifiedAgainstOfficialText).toBe(false);
    expect(cc427?.reasons[0]?.text.en).toBe(
      'The RSIT type intrusions/unprivileged-account-compromise points to illegal access (Convention art 2).',
    );
    expect(cc427?.reasons[1]?.text.km).toMatch(/ការលួចគណនី ឬទំព័រ Facebook/);
  });

  it('DDoS: CC 428, the draft group and Convention art 5', () => {
    expect(idsFor('availability/ddos', 'service-disruption')).toEqual([
      'kh-cc-2009-art-428',
      'kh-draft-ccl-v1-art-21-26',
      'coe-185-art-5',
    ]);
  });

  it('defacement: CC 429 and 427 (partly), the draft group and Convention art 4', () => {
    const result = legalCandidatesFor(
      classify(
        'information-content-security/unauthorised-information-modification',
        'web-defacement',
      ),
    );
    expect(result.candidates.map((c) => c.provisionId)).toEqual([
      'kh-cc-2009-art-429',
      'kh-cc-2009-art-427',
      'kh-draft-ccl-v1-art-21-26',
      'coe-185-art-4',
    ]);
    expect(result.candidates.find((c) => c.provisionId === 'kh-cc-2009-art-427')?.match).toBe(
      'partial',
    );
  });

  it('interception: CC 317–320, draft art 23 and Convention art 3', () => {
    expect(idsFor('information-gathering/sniffing', 'other')).toEqual([
      'kh-cc-2009-art-317-320',
      'kh-draft-ccl-v1-art-23',
      'coe-185-art-3',
    ]);
  });

  it('malware: CC 430 as a partial counterpart of Convention art 6', () => {
    const result = legalCandidatesFor(
      classify('malicious-code/malware-distribution', 'malware-or-ransomware'),
    );
    const cc430 = result.candidates.find((c) => c.provisionId === 'kh-cc-2009-art-430');
    expect(cc430?.match).toBe('partial');
    expect(result.candidates.map((c) => c.provisionId)).toContain('coe-185-art-6');
    expect(result.notes.map((n) => n.code)).toContain('devices_partial');
  });

  it('sextortion: child sexual abuse material only if a minor is shown, and what is missing', () => {
    const result = legalCandidatesFor(classify('abusive-content/harmful-speech', 'sextortion'));
    const draft28 = result.candidates.find((c) => c.provisionId === 'kh-draft-ccl-v1-art-28');
    expect(draft28?.match).toBe('partial');
    expect(draft28?.instrumentStatus).toBe('draft');
    const art9 = result.candidates.find((c) => c.provisionId === 'coe-185-art-9');
    expect(art9?.reasons[0]?.text.en).toMatch(/only if the images show a person under 18/);
    expect(result.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['extortion', 'csam_not_in_force', 'speech_not_in_convention']),
    );
  });

  it('says so when nothing applies', () => {
    expect(legalCandidatesFor(classify('other/undetermined', 'other'))).toEqual({
      candidates: [],
      notes: [expect.objectContaining({ code: 'none' })],
    });
    const vulnerable = legalCandidatesFor(classify('vulnerable/vulnerable-system', 'other'));
    expect(vulnerable.candidates).toEqual([]);
    expect(vulnerable.notes.map((n) => n.code)).toEqual(['vulnerability']);
  });

  it('is pure: the same classification gives the same answer', () => {
    const classification = classify('availability/ddos', 'service-disruption');
    expect(legalCandidatesFor(classification)).toEqual(legalCandidatesFor(classification));
  });

  it('offers candidates for every kind a reporter can pick, except "something else"', () => {
    for (const type of INCIDENT_TYPES) {
      const result = legalCandidatesFor({
        rsitClass: type.rsit.class,
        rsitType: type.rsit.type,
        localSubtype: type.localSubtype as LocalSubtype,
      });
      if (type.id === 'other') expect(result.candidates, type.id).toEqual([]);
      else expect(result.candidates.length, type.id).toBeGreaterThan(0);
    }
  });
});

describe('the classification rules', () => {
  it('decide every RSIT type and every local sub-type, with a text for every note', () => {
    const rsitTypes = RSIT_CLASSES.flatMap((c) => c.types.map((type) => `${c.id}/${type}`));
    expect(Object.keys(CATALOGUE_INPUT.rules.rsit).sort()).toEqual([...rsitTypes].sort());
    expect(Object.keys(CATALOGUE_INPUT.rules.localSubtypes).sort()).toEqual(
      [...LocalSubtypeSchema.options].sort(),
    );
    const rules = [
      ...Object.values(CATALOGUE_INPUT.rules.rsit),
      ...Object.values(CATALOGUE_INPUT.rules.localSubtypes),
    ];
    for (const code of rules.flatMap((rule) => rule.notes ?? [])) {
      expect(CATALOGUE_INPUT.rules.notes[code], code).toBeDefined();
    }
  });

  it('map themes only to provisions of the catalogue, linked to the theme’s articles', () => {
    for (const theme of CATALOGUE_INPUT.themes) {
      for (const id of theme.provisions) {
        const provision = findProvision(id);
        expect(provision, `${theme.id} → ${id}`).not.toBeNull();
        if (!provision || provision.instrumentId === 'coe-budapest-convention-185') continue;
        if (theme.articles.length === 0) continue;
        const linked = provision.budapest.map((link) => link.article);
        expect(
          theme.articles.some((article) => linked.includes(article)),
          `${theme.id} → ${id}`,
        ).toBe(true);
      }
    }
  });

  it('give every candidate of every RSIT type a reason', () => {
    for (const key of Object.keys(CATALOGUE_INPUT.rules.rsit)) {
      for (const candidate of legalCandidatesFor(classify(key, 'other')).candidates) {
        expect(candidate.reasons.length, `${key} → ${candidate.provisionId}`).toBeGreaterThan(0);
      }
    }
  });
});
