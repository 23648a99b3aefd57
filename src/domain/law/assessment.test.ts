import { describe, expect, it } from 'vitest';
import type { Classification } from '../incidents/incident.schemas.ts';
import {
  assessmentOutcome,
  assessmentTimelineDetails,
  buildAssessmentVersion,
  catalogueCheck,
  checklistOf,
  draftAssessment,
  nextAssessmentVersion,
  OVERALL_OUTCOME_TEXTS,
  PROVISION_OUTCOME_TEXTS,
  unknownEvidenceIds,
  usesOutdatedCatalogue,
  type SaveInput,
} from './assessment.ts';
import {
  ASSESSMENT_LIMITS,
  AssessmentDraftSchema,
  LegalAssessmentSchema,
  saveAssessmentBodySchema,
  SaveAssessmentBodySchema,
  type AssessedProvision,
  type ElementMet,
  type LegalAssessment,
  type SaveAssessmentBody,
} from './assessment.schemas.ts';
import { buildCatalogue, CATALOGUE, CATALOGUE_INPUT, getProvision } from './catalogue.ts';

const KHMER = /[\u1780-\u17FF]/;
const INCIDENT = '6f1c1f0e-3a43-4f3c-9d57-0f3e7a1b2c3d';
const ANALYST = '0b8a3c52-9a4e-4c61-8f0e-2d1b6c7a9e10';
const EVIDENCE_A = '3d6f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const EVIDENCE_B = '7e8f9a0b-1c2d-4e3f-9a5b-6c7d8e9f0a1b';

const takeover: Classification = {
  rsitClass: 'intrusions',
  rsitType: 'unprivileged-account-compromise',
  localSubtype: 'facebook-account-takeover',
};
const phishing: Classification = {
  rsitClass: 'fraud',
  rsitType: 'phishing',
  localSubtype: 'phishing-message-or-site',
};

const provisionOf = (provisions: readonly AssessedProvision[], id: string): AssessedProvision => {
  const found = provisions.find((entry) => entry.provisionId === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

/** A valid body (input shape) for the account-takeover case. */
const body = (overrides: Partial<Record<string, unknown>> = {}) => ({
  basedOnVersion: null,
  catalogueVersion: CATALOGUE.version,
  catalogueHash: CATALOGUE.hash,
  provisions: [
    {
      provisionId: 'kh-cc-2009-art-427',
      note: 'The suspect logged in with the stolen password.',
      checklist: [
        {
          id: 'kh-cc-2009-art-427.access',
          met: 'yes',
          note: 'Login from 203.0.113.7 at 02:14',
          evidenceIds: [EVIDENCE_A],
        },
        { id: 'kh-cc-2009-art-427.maintain', met: 'unknown' },
      ],
    },
    {
      provisionId: 'coe-185-art-2',
      checklist: [{ id: 'coe-185-art-2#without_right', met: 'yes', evidenceIds: [EVIDENCE_B] }],
    },
  ],
  summary: 'ការលួចគណនី Facebook តាមរយៈពាក្យសម្ងាត់ដែលត្រូវបានលួច។',
  ...overrides,
});

const parse = (input: unknown) => saveAssessmentBodySchema(CATALOGUE).safeParse(input);

function parsed(input: unknown = body()): SaveAssessmentBody {
  const result = parse(input);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

const issuesOf = (input: unknown) => {
  const result = parse(input);
  expect(result.success).toBe(false);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

const save = (overrides: Partial<SaveInput> = {}) =>
  buildAssessmentVersion({
    incidentId: INCIDENT,
    classification: takeover,
    body: parsed(),
    latest: null,
    catalogue: CATALOGUE,
    savedAt: new Date('2026-11-25T03:00:00Z'),
    savedBy: ANALYST,
    ...overrides,
  });

function saved(overrides: Partial<SaveInput> = {}): LegalAssessment {
  const result = save(overrides);
  if (!result.ok) throw new Error(result.problem);
  return result.assessment;
}

describe('draftAssessment', () => {
  const draft = draftAssessment(takeover, CATALOGUE);

  it('offers the candidate provisions of the classification with the catalogue version and hash', () => {
    expect(draft.provisions.map((p) => p.provisionId)).toEqual([
      'kh-cc-2009-art-427',
      'kh-draft-ccl-v1-art-21',
      'coe-185-art-2',
    ]);
    expect(draft.catalogueVersion).toBe(CATALOGUE.version);
    expect(draft.catalogueHash).toBe(CATALOGUE.hash);
    expect(AssessmentDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('lists each provision’s elements as a checklist, nothing ticked', () => {
    const cc427 = provisionOf(draft.provisions, 'kh-cc-2009-art-427');
    expect(cc427.checklist.map((item) => [item.id, item.kind, item.met])).toEqual([
      ['kh-cc-2009-art-427.access', 'conduct', 'unknown'],
      ['kh-cc-2009-art-427.maintain', 'conduct', 'unknown'],
      ['kh-cc-2009-art-427.result', 'conduct', 'unknown'],
    ]);
    expect(cc427.checklist[0]?.text).toEqual(getProvision('kh-cc-2009-art-427').elements[0]?.text);
    expect(cc427.checklist.every((i) => i.note === null && i.evidenceIds.length === 0)).toBe(true);
  });

  it('adds the intent requirements as mental elements to tick', () => {
    const art2 = provisionOf(draft.provisions, 'coe-185-art-2');
    expect(art2.checklist.filter((i) => i.kind === 'mental').map((i) => i.id)).toEqual([
      'coe-185-art-2#intentional',
      'coe-185-art-2#without_right',
    ]);
    expect(art2.checklist.find((i) => i.id === 'coe-185-art-2#without_right')?.text).toEqual({
      en: 'Without right',
      km: 'ដោយគ្មានសិទ្ធិ',
    });
  });

  it('carries the penalty, the Convention counterparts and the gap notes', () => {
    const cc427 = provisionOf(draft.provisions, 'kh-cc-2009-art-427');
    expect(cc427.penalty).toBeNull();
    expect(cc427.counterparts).toEqual([
      {
        article: 2,
        match: 'mapped',
        provisionId: 'coe-185-art-2',
        title: getProvision('coe-185-art-2').title,
      },
      {
        article: 4,
        match: 'partial',
        provisionId: 'coe-185-art-4',
        title: getProvision('coe-185-art-4').title,
      },
    ]);
    const withoutRight = cc427.gapNotes.find((note) => note.element === 'without_right');
    expect(withoutRight?.budapestArticles).toEqual([2, 4]);
    expect(withoutRight?.text.en).toMatch(/without right/);
    expect(cc427.verifiedAgainstOfficialText).toBe(false);
    expect(cc427.origin).toBe('candidate');
    expect(cc427.reasons.length).toBeGreaterThan(0);

    const draft21 = provisionOf(draft.provisions, 'kh-draft-ccl-v1-art-21');
    expect(draft21.penalty).toEqual(getProvision('kh-draft-ccl-v1-art-21').penalty);
    expect(draft21.instrumentStatus).toBe('draft');
  });

  it('shows the missing dishonest intent of the fraud offences (Convention art 8)', () => {
    const fraud = draftAssessment(phishing, CATALOGUE);
    const general = provisionOf(fraud.provisions, 'kh-cc-2009-general-fraud-forgery');
    expect(general.checklist).toEqual([]);
    expect(general.gapNotes.find((n) => n.element === 'dishonest_intent')?.text.en).toMatch(
      /dishonest intent/,
    );
    const art8 = provisionOf(fraud.provisions, 'coe-185-art-8');
    expect(art8.checklist.map((i) => i.id)).toContain('coe-185-art-8#dishonest_intent');
    expect(fraud.notes.map((n) => n.code)).toEqual(['fraud_not_in_sources']);
  });

  it('is empty, with the candidates’ note, when nothing applies', () => {
    const none = draftAssessment(
      { rsitClass: 'other', rsitType: 'undetermined', localSubtype: 'other' },
      CATALOGUE,
    );
    expect(none.provisions).toEqual([]);
    expect(none.notes.map((n) => n.code)).toEqual(['none']);
  });

  it('gives mental items ids that cannot collide with catalogue element ids', () => {
    for (const provision of CATALOGUE.provisions) {
      const ids = checklistOf(provision).map((item) => item.id);
      expect(new Set(ids).size, provision.id).toBe(ids.length);
    }
  });
});

describe('the body an analyst saves', () => {
  it('accepts a valid body, normalising notes and defaulting evidence to none', () => {
    const data = parsed(
      body({
        provisions: [
          {
            provisionId: 'kh-cc-2009-art-427',
            note: '  \u200Bនៅដដែល\u200B ',
            checklist: [{ id: 'kh-cc-2009-art-427.result', met: 'no' }],
          },
        ],
      }),
    );
    expect(data.provisions[0]?.note).toBe('នៅដដែល');
    expect(data.provisions[0]?.checklist[0]?.evidenceIds).toEqual([]);
    expect(data.summary).toBe('ការលួចគណនី Facebook តាមរយៈពាក្យសម្ងាត់ដែលត្រូវបានលួច។');
  });

  it('refuses a provision that is not in the catalogue version', () => {
    expect(
      issuesOf(body({ provisions: [{ provisionId: 'kh-cc-2009-art-999', checklist: [] }] })),
    ).toEqual([
      {
        path: ['provisions', 0, 'provisionId'],
        message: `no provision kh-cc-2009-art-999 in catalogue ${CATALOGUE.version}`,
      },
    ]);
  });

  it('refuses an element of another provision, and an invented mental element', () => {
    const issues = issuesOf(
      body({
        provisions: [
          {
            provisionId: 'kh-cc-2009-art-427',
            checklist: [
              { id: 'kh-cc-2009-art-428.obstruct', met: 'yes' },
              { id: 'kh-cc-2009-art-427#dishonest_intent', met: 'yes' },
            ],
          },
        ],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['provisions', 0, 'checklist', 0, 'id'],
      ['provisions', 0, 'checklist', 1, 'id'],
    ]);
    expect(issues[0]?.message).toBe(
      'kh-cc-2009-art-428.obstruct is not an element of kh-cc-2009-art-427',
    );
  });

  it('refuses procedural provisions: a case is assessed against offences', () => {
    expect(
      issuesOf(body({ provisions: [{ provisionId: 'coe-185-art-16', checklist: [] }] }))[0],
    ).toEqual({
      path: ['provisions', 0, 'provisionId'],
      message: 'coe-185-art-16 is not an offence or liability provision',
    });
  });

  it('refuses a body made against another catalogue', () => {
    expect(issuesOf(body({ catalogueVersion: '2026-01-01.1' }))).toEqual([
      {
        path: ['catalogueVersion'],
        message: `made against catalogue 2026-01-01.1; the catalogue is now ${CATALOGUE.version}: reload the assessment`,
      },
    ]);
    expect(issuesOf(body({ catalogueHash: '0'.repeat(64) }))[0]?.path).toEqual([
      'catalogueVersion',
    ]);
  });

  it('refuses a provision or element listed twice', () => {
    const twice = {
      provisionId: 'coe-185-art-2',
      checklist: [
        { id: 'coe-185-art-2#intentional', met: 'yes' },
        { id: 'coe-185-art-2#intentional', met: 'no' },
      ],
    };
    expect(
      issuesOf(body({ provisions: [twice, { ...twice, checklist: [] }] })).map((i) => i.path),
    ).toEqual([
      ['provisions', 0, 'checklist', 1, 'id'],
      ['provisions', 1, 'provisionId'],
    ]);
  });

  it.each([
    ['a met value outside yes/no/unknown', { met: 'maybe' }, ['met']],
    [
      'an evidence reference that is not a uuid',
      { evidenceIds: ['evidence-1'] },
      ['evidenceIds', 0],
    ],
    [
      'the same evidence twice',
      { evidenceIds: [EVIDENCE_A, EVIDENCE_A.toUpperCase()] },
      ['evidenceIds'],
    ],
    [
      'too many evidence references',
      {
        evidenceIds: Array.from(
          { length: ASSESSMENT_LIMITS.evidencePerItem + 1 },
          (_, i) => `3d6f1a2b-4c5d-4e6f-8a9b-${String(i).padStart(12, '0')}`,
        ),
      },
      ['evidenceIds'],
    ],
    ['a note too long', { note: 'ក'.repeat(ASSESSMENT_LIMITS.note + 1) }, ['note']],
  ])('refuses %s', (_, item, path) => {
    const issues = issuesOf(
      body({
        provisions: [
          {
            provisionId: 'kh-cc-2009-art-427',
            checklist: [{ id: 'kh-cc-2009-art-427.access', met: 'yes', ...item }],
          },
        ],
      }),
    );
    expect(issues[0]?.path).toEqual(['provisions', 0, 'checklist', 0, ...path]);
  });

  it('refuses more provisions than the limit, a bad version number and a missing field', () => {
    const many = Array.from({ length: ASSESSMENT_LIMITS.provisions + 1 }, () => ({
      provisionId: 'coe-185-art-2',
      checklist: [],
    }));
    expect(SaveAssessmentBodySchema.safeParse(body({ provisions: many })).success).toBe(false);
    expect(issuesOf(body({ basedOnVersion: 0 }))[0]?.path).toEqual(['basedOnVersion']);
    expect(issuesOf(body({ basedOnVersion: 1.5 }))[0]?.path).toEqual(['basedOnVersion']);
    const { provisions: _, ...withoutProvisions } = body();
    expect(issuesOf(withoutProvisions)[0]?.path).toEqual(['provisions']);
    expect(issuesOf(body({ summary: 'x'.repeat(ASSESSMENT_LIMITS.summary + 1) }))[0]?.path).toEqual(
      ['summary'],
    );
  });
});

describe('saving versions', () => {
  it('saves version 1 with the catalogue used, the ticks over the catalogue’s texts', () => {
    const first = saved();
    expect(LegalAssessmentSchema.safeParse(first).success).toBe(true);
    expect(first).toMatchObject({
      incidentId: INCIDENT,
      version: 1,
      catalogueVersion: CATALOGUE.version,
      catalogueHash: CATALOGUE.hash,
      savedAt: '2026-11-25T03:00:00.000Z',
      savedBy: ANALYST,
      omittedCandidates: ['kh-draft-ccl-v1-art-21'],
    });
    const cc427 = provisionOf(first.provisions, 'kh-cc-2009-art-427');
    expect(cc427.note).toBe('The suspect logged in with the stolen password.');
    expect(cc427.checklist.map((i) => [i.id, i.met, i.evidenceIds])).toEqual([
      ['kh-cc-2009-art-427.access', 'yes', [EVIDENCE_A]],
      ['kh-cc-2009-art-427.maintain', 'unknown', []],
      // Not sent: stays unknown.
      ['kh-cc-2009-art-427.result', 'unknown', []],
    ]);
    expect(cc427.checklist[0]?.note).toBe('Login from 203.0.113.7 at 02:14');
    expect(cc427.gapNotes).toEqual(getProvision('kh-cc-2009-art-427').gapNotes);
  });

  it('numbers each save as a new version', () => {
    expect(nextAssessmentVersion(null)).toBe(1);
    expect(nextAssessmentVersion({ version: 4 })).toBe(5);
    const second = saved({ latest: { version: 1 }, body: parsed(body({ basedOnVersion: 1 })) });
    expect(second.version).toBe(2);
  });

  it('refuses a save based on a version that is not the latest', () => {
    expect(save({ latest: { version: 2 }, body: parsed(body({ basedOnVersion: 1 })) })).toEqual({
      ok: false,
      problem: 'stale_version',
    });
    expect(save({ latest: { version: 1 } })).toEqual({ ok: false, problem: 'stale_version' });
    expect(save({ body: parsed(body({ basedOnVersion: 1 })) })).toEqual({
      ok: false,
      problem: 'stale_version',
    });
  });

  it('refuses a body made against another catalogue', () => {
    const changed = buildCatalogue(CATALOGUE_INPUT, '2026-12-01.1');
    expect(save({ catalogue: changed })).toEqual({ ok: false, problem: 'catalogue_changed' });
  });

  it('refuses provisions and elements the catalogue does not have, even unvalidated', () => {
    const raw = (provisions: SaveAssessmentBody['provisions']): SaveAssessmentBody => ({
      ...parsed(),
      provisions,
    });
    expect(save({ body: raw([{ provisionId: 'nope', note: undefined, checklist: [] }]) })).toEqual({
      ok: false,
      problem: 'unknown_provision',
      subject: 'nope',
    });
    expect(
      save({ body: raw([{ provisionId: 'coe-185-art-29', note: undefined, checklist: [] }]) }),
    ).toMatchObject({
      problem: 'not_assessable',
    });
    expect(
      save({
        body: raw([
          {
            provisionId: 'coe-185-art-2',
            note: undefined,
            checklist: [
              { id: 'coe-185-art-3.intercept', met: 'yes', note: undefined, evidenceIds: [] },
            ],
          },
        ]),
      }),
    ).toEqual({ ok: false, problem: 'unknown_element', subject: 'coe-185-art-3.intercept' });
  });

  it('marks a provision the analyst added, with no reasons', () => {
    const version = saved({
      body: parsed(body({ provisions: [{ provisionId: 'kh-cc-2009-art-429', checklist: [] }] })),
    });
    const added = provisionOf(version.provisions, 'kh-cc-2009-art-429');
    expect(added.origin).toBe('added');
    expect(added.reasons).toEqual([]);
    expect(version.omittedCandidates).toEqual([
      'kh-cc-2009-art-427',
      'kh-draft-ccl-v1-art-21',
      'coe-185-art-2',
    ]);
  });

  it('finds evidence references that are not the case’s', () => {
    expect(unknownEvidenceIds(parsed(), [EVIDENCE_A.toUpperCase()])).toEqual([EVIDENCE_B]);
    expect(unknownEvidenceIds(parsed(), [EVIDENCE_A, EVIDENCE_B])).toEqual([]);
  });

  it('gives the timeline entry its details', () => {
    expect(assessmentTimelineDetails(saved())).toEqual({
      version: 1,
      catalogueVersion: CATALOGUE.version,
      catalogueHash: CATALOGUE.hash,
      outcome: 'undetermined',
      provisions: 2,
    });
  });
});

/** The draft of a classification with every item of each provision ticked as given. */
function ticked(classification: Classification, ticks: Record<string, ElementMet>) {
  const draft = draftAssessment(classification, CATALOGUE);
  return {
    provisions: draft.provisions
      .filter((p) => p.provisionId in ticks)
      .map((p) => ({
        ...p,
        checklist: p.checklist.map((item) => ({ ...item, met: ticks[p.provisionId] ?? 'unknown' })),
      })),
  };
}

describe('assessmentOutcome', () => {
  it('says per provision: all met, some unknown, an element not met', () => {
    const assessment = ticked(takeover, {
      'kh-cc-2009-art-427': 'yes',
      'kh-draft-ccl-v1-art-21': 'unknown',
      'coe-185-art-2': 'no',
    });
    const outcome = assessmentOutcome(assessment);
    expect(outcome.provisions.map((p) => [p.provisionId, p.outcome])).toEqual([
      ['kh-cc-2009-art-427', 'all_met'],
      ['kh-draft-ccl-v1-art-21', 'some_unknown'],
      ['coe-185-art-2', 'not_met'],
    ]);
    expect(outcome.provisions[0]?.counts).toEqual({ yes: 3, no: 0, unknown: 0 });
    expect(outcome.overall).toBe('met');
  });

  it('a single "no" outweighs any number of "yes"', () => {
    const assessment = ticked(takeover, { 'coe-185-art-2': 'yes' });
    const [art2] = assessment.provisions;
    if (!art2) throw new Error('fixture');
    art2.checklist[0] = { ...art2.checklist[0]!, met: 'no' };
    expect(assessmentOutcome(assessment).provisions[0]).toMatchObject({
      outcome: 'not_met',
      counts: { yes: 2, no: 1, unknown: 0 },
    });
  });

  it('does not call the case met when only a draft or the Convention is', () => {
    const outcome = assessmentOutcome(
      ticked(takeover, {
        'kh-cc-2009-art-427': 'unknown',
        'kh-draft-ccl-v1-art-21': 'yes',
        'coe-185-art-2': 'yes',
      }),
    );
    expect(outcome.overall).toBe('met_outside_law_in_force');
    expect(outcome.text.en).toMatch(/not Cambodian law in force/);
  });

  it('is undetermined while something is open, not met when everything fails, none when empty', () => {
    expect(
      assessmentOutcome(
        ticked(takeover, { 'kh-cc-2009-art-427': 'no', 'coe-185-art-2': 'unknown' }),
      ).overall,
    ).toBe('undetermined');
    expect(
      assessmentOutcome(ticked(takeover, { 'kh-cc-2009-art-427': 'no', 'coe-185-art-2': 'no' }))
        .overall,
    ).toBe('not_met');
    expect(assessmentOutcome({ provisions: [] })).toEqual({
      overall: 'none',
      text: OVERALL_OUTCOME_TEXTS.none,
      provisions: [],
    });
  });

  it('says when the sources give no elements to tick', () => {
    const outcome = assessmentOutcome(
      ticked(phishing, { 'kh-cc-2009-general-fraud-forgery': 'yes' }),
    );
    expect(outcome.provisions[0]?.outcome).toBe('no_elements');
    expect(outcome.overall).toBe('undetermined');
  });

  it('has every outcome text in Khmer and English', () => {
    for (const text of [
      ...Object.values(PROVISION_OUTCOME_TEXTS),
      ...Object.values(OVERALL_OUTCOME_TEXTS),
    ]) {
      expect(text.km).toMatch(KHMER);
      expect(text.en).not.toMatch(KHMER);
      expect(text.en.length).toBeGreaterThan(10);
    }
  });
});

describe('an assessment and a changed catalogue', () => {
  const first = saved();

  /** The shipped catalogue data with CC 427's first element reworded, under a new version. */
  function changedCatalogue() {
    const input = structuredClone(CATALOGUE_INPUT);
    const edited = {
      ...input,
      national: input.national.map((group) => ({
        ...group,
        provisions: group.provisions.map((p) =>
          p.id === 'kh-cc-2009-art-427'
            ? {
                ...p,
                elements: (p.elements ?? []).map((e, i) =>
                  i === 0 ? { ...e, text: { en: 'Accessing, reworded', km: 'ការចូល (កែ)' } } : e,
                ),
              }
            : p,
        ),
      })),
    };
    return buildCatalogue(edited, '2026-12-01.1');
  }

  it('is current against the catalogue it used', () => {
    expect(catalogueCheck(first, CATALOGUE)).toEqual({
      outdated: false,
      assessedWith: { version: CATALOGUE.version, hash: CATALOGUE.hash },
      current: { version: CATALOGUE.version, hash: CATALOGUE.hash },
      changedProvisions: [],
      notice: null,
    });
    expect(usesOutdatedCatalogue(first, CATALOGUE)).toBe(false);
  });

  it('says the catalogue has changed since, and which provisions read differently', () => {
    const changed = changedCatalogue();
    const check = catalogueCheck(first, changed);
    expect(check.outdated).toBe(true);
    expect(check.changedProvisions).toEqual(['kh-cc-2009-art-427']);
    expect(check.notice?.en).toBe(
      `Assessed against catalogue ${CATALOGUE.version}; the catalogue has changed since (now 2026-12-01.1). 1 of the provisions assessed changed: review it.`,
    );
    expect(check.notice?.km).toContain(`បានវាយតម្លៃធៀបនឹងកាតាឡុក ${CATALOGUE.version}`);
    expect(check.notice?.km).toContain('បទប្បញ្ញត្តិ ១ ');
    expect(usesOutdatedCatalogue(first, changed)).toBe(true);
  });

  it('says the provisions read the same when only other parts of the catalogue changed', () => {
    const input = structuredClone(CATALOGUE_INPUT);
    const rules = {
      ...input,
      rules: { ...input.rules, rsit: { ...input.rules.rsit, 'fraud/phishing': { themes: [] } } },
    };
    const check = catalogueCheck(first, buildCatalogue(rules, '2026-12-01.1'));
    expect(check.outdated).toBe(true);
    expect(check.changedProvisions).toEqual([]);
    expect(check.notice?.en).toMatch(
      /has changed since .* The provisions assessed read the same\.$/,
    );
  });

  it('keeps the old texts in the saved version, so it reads the same after the change', () => {
    const cc427 = provisionOf(first.provisions, 'kh-cc-2009-art-427');
    expect(cc427.checklist[0]?.text.en).toBe('Accessing an automated data processing system');
  });
});
