import { describe, expect, it } from 'vitest';
import dispositionTaxonomy from '../taxonomy/data/incident-disposition.machinetag.json' with { type: 'json' };
import {
  checkTransition,
  dispositionMachineTag,
  DispositionSchema,
  INCIDENT_TRANSITIONS,
  IncidentStatusSchema,
  isOpen,
  isReopen,
  isWaiting,
  type IncidentStatus,
  type TransitionRequest,
} from './lifecycle.ts';

const STATUSES = IncidentStatusSchema.options;

/** The table of the brief, written out again so a change to the code must change the test. */
const ALLOWED = new Set([
  'new→triage',
  'new→in_progress',
  'new→closed',
  'triage→in_progress',
  'triage→closed',
  'in_progress→waiting_reporter',
  'in_progress→waiting_third_party',
  'in_progress→resolved',
  'waiting_reporter→in_progress',
  'waiting_reporter→resolved',
  'waiting_third_party→in_progress',
  'waiting_third_party→resolved',
  'resolved→closed',
  'resolved→in_progress',
  'closed→in_progress',
]);

/** Everything any transition may need, so only the table decides. */
const complete = (to: IncidentStatus): TransitionRequest => ({
  to,
  disposition: 'incident:confirmed',
  resolutionNote: 'Phishing site taken down by the hosting provider.',
  reason: 'The victim reported a second transfer.',
});

describe('incident status', () => {
  it('has exactly the seven statuses', () => {
    expect(STATUSES).toEqual([
      'new',
      'triage',
      'in_progress',
      'waiting_reporter',
      'waiting_third_party',
      'resolved',
      'closed',
    ]);
  });

  it('exports the transition table of the design', () => {
    const pairs = STATUSES.flatMap((from) =>
      INCIDENT_TRANSITIONS[from].map((to) => `${from}→${to}`),
    );
    expect(new Set(pairs)).toEqual(ALLOWED);
    expect(pairs).toHaveLength(ALLOWED.size);
  });
});

describe('checkTransition: every pair of statuses', () => {
  const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

  it('covers 7 × 7 pairs', () => {
    expect(pairs).toHaveLength(49);
  });

  it.each(pairs)('%s → %s', (from, to) => {
    const result = checkTransition(from, complete(to));
    if (from === to) expect(result).toEqual({ ok: false, problem: 'same_status' });
    else if (ALLOWED.has(`${from}→${to}`)) expect(result).toEqual({ ok: true });
    else expect(result).toEqual({ ok: false, problem: 'illegal_transition' });
  });

  it('reports same_status before anything else, even with an empty request', () => {
    expect(checkTransition('closed', { to: 'closed' })).toEqual({
      ok: false,
      problem: 'same_status',
    });
  });

  it('reports illegal_transition before missing fields', () => {
    expect(checkTransition('in_progress', { to: 'closed' })).toEqual({
      ok: false,
      problem: 'illegal_transition',
    });
    expect(checkTransition('waiting_reporter', { to: 'closed' })).toEqual({
      ok: false,
      problem: 'illegal_transition',
    });
  });
});

describe('checkTransition: closing', () => {
  const closers = ['new', 'triage', 'resolved'] as const;

  it.each(closers)('%s → closed needs a disposition', (from) => {
    expect(checkTransition(from, { to: 'closed', resolutionNote: 'Duplicate of K-123.' })).toEqual({
      ok: false,
      problem: 'disposition_required',
    });
  });

  it.each(closers)('%s → closed needs a resolution note', (from) => {
    expect(checkTransition(from, { to: 'closed', disposition: 'duplicate:duplicate' })).toEqual({
      ok: false,
      problem: 'resolution_note_required',
    });
  });

  it.each(['', '   ', '\n\t', '\u200B\u200C', ' \uFEFF '])(
    'rejects the blank resolution note %j',
    (resolutionNote) => {
      expect(
        checkTransition('resolved', {
          to: 'closed',
          disposition: 'incident:confirmed',
          resolutionNote,
        }),
      ).toEqual({ ok: false, problem: 'resolution_note_required' });
    },
  );

  it('asks for the disposition first when both are missing', () => {
    expect(checkTransition('triage', { to: 'closed' })).toEqual({
      ok: false,
      problem: 'disposition_required',
    });
  });

  it('accepts every disposition with a note, and needs no reason', () => {
    for (const disposition of DispositionSchema.options) {
      expect(
        checkTransition('new', { to: 'closed', disposition, resolutionNote: 'ការស្កេនធម្មតា' }),
        disposition,
      ).toEqual({ ok: true });
    }
  });

  it('does not ask for a disposition or note when not closing', () => {
    expect(checkTransition('in_progress', { to: 'resolved' })).toEqual({ ok: true });
    expect(checkTransition('new', { to: 'triage' })).toEqual({ ok: true });
  });
});

describe('checkTransition: reopening', () => {
  const reopeners = ['resolved', 'closed'] as const;

  it.each(reopeners)('%s → in_progress needs a reason', (from) => {
    expect(checkTransition(from, { to: 'in_progress' })).toEqual({
      ok: false,
      problem: 'reason_required',
    });
  });

  it.each(reopeners)('%s → in_progress rejects a blank reason', (from) => {
    expect(checkTransition(from, { to: 'in_progress', reason: ' \u200B ' })).toEqual({
      ok: false,
      problem: 'reason_required',
    });
  });

  it.each(reopeners)('%s → in_progress with a reason is fine', (from) => {
    expect(checkTransition(from, { to: 'in_progress', reason: 'New evidence' })).toEqual({
      ok: true,
    });
  });

  it('needs no reason to go back to work from waiting or from new', () => {
    expect(checkTransition('waiting_reporter', { to: 'in_progress' })).toEqual({ ok: true });
    expect(checkTransition('waiting_third_party', { to: 'in_progress' })).toEqual({ ok: true });
    expect(checkTransition('new', { to: 'in_progress' })).toEqual({ ok: true });
    expect(checkTransition('triage', { to: 'in_progress' })).toEqual({ ok: true });
  });

  it('knows which moves are reopens', () => {
    const reopens = STATUSES.flatMap((from) =>
      STATUSES.filter((to) => isReopen(from, to)).map((to) => `${from}→${to}`),
    );
    expect(reopens).toEqual(['resolved→in_progress', 'closed→in_progress']);
  });
});

describe('status predicates', () => {
  it('isWaiting is true for the two waiting statuses only', () => {
    expect(STATUSES.filter(isWaiting)).toEqual(['waiting_reporter', 'waiting_third_party']);
  });

  it('isOpen is false for resolved and closed only', () => {
    expect(STATUSES.filter((status) => !isOpen(status))).toEqual(['resolved', 'closed']);
  });
});

describe('disposition', () => {
  it('equals exactly the predicate:value pairs of the published taxonomy', () => {
    expect(dispositionTaxonomy.namespace).toBe('incident-disposition');
    const published = dispositionTaxonomy.values.flatMap((group) =>
      group.entry.map((entry) => `${group.predicate}:${entry.value}`),
    );
    expect(DispositionSchema.options).toEqual(published);
    // Every predicate of the file has values, and none is left out.
    expect(new Set(dispositionTaxonomy.values.map((group) => group.predicate))).toEqual(
      new Set(dispositionTaxonomy.predicates.map((predicate) => predicate.value)),
    );
  });

  it.each([
    ['incident:confirmed', 'incident-disposition:incident="confirmed"'],
    ['incident:silently-discarded', 'incident-disposition:incident="silently-discarded"'],
    ['not-an-incident:scan-probe', 'incident-disposition:not-an-incident="scan-probe"'],
    ['duplicate:duplicate', 'incident-disposition:duplicate="duplicate"'],
  ] as const)('%s → %s', (disposition, tag) => {
    expect(dispositionMachineTag(disposition)).toBe(tag);
  });

  it('rejects values outside the taxonomy', () => {
    expect(DispositionSchema.safeParse('incident').success).toBe(false);
    expect(DispositionSchema.safeParse('incident:resolved').success).toBe(false);
    expect(DispositionSchema.safeParse('not-an-incident:confirmed').success).toBe(false);
  });
});
