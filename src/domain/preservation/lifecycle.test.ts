import { describe, expect, it } from 'vitest';
import { StaffRoleSchema } from '../roles.ts';
import {
  allowedPreservationMoves,
  applyPreservationTransition,
  applyRenewal,
  checkPreservationTransition,
  checkRenewal,
  isFinal,
  MOVE_PERMISSION,
  newPreservationOrder,
  PRESERVATION_TRANSITIONS,
  PreservationStatusSchema,
  type PreservationStatus,
  type PreservationTransitionRequest,
} from './lifecycle.ts';
import { expiresAt, isExpired } from './period.ts';
import {
  PreservationRoleSchema,
  PROPOSED_PRESERVATION_PERMISSIONS,
  type PreservationActor,
  type PreservationRole,
} from './permissions.ts';
import {
  CreatePreservationOrderBodySchema,
  PreservationOrderSchema,
  type PreservationOrder,
  type RenewPreservationOrderBody,
} from './preservation.schemas.ts';

const STATUSES = PreservationStatusSchema.options;

const staff = (role: PreservationRole, userId: string): PreservationActor => ({
  kind: 'staff',
  role,
  userId,
});
const PROSECUTOR_ID = '11111111-1111-4111-8111-111111111111';
const OTHER_PROSECUTOR_ID = '22222222-2222-4222-8222-222222222222';
const PROSECUTOR = staff('prosecutor', PROSECUTOR_ID);
const OTHER_PROSECUTOR = staff('prosecutor', OTHER_PROSECUTOR_ID);
const LIAISON = staff('liaison', '33333333-3333-4333-8333-333333333333');
const SYSTEM: PreservationActor = { kind: 'system' };

const NECESSITY =
  'The suspect used this Telegram account to collect USD 4,800 from 12 victims between 2 and 20 November; the provider keeps login records for 30 days only.';
const PROPORTIONALITY = 'Only the one account and the three weeks of the scam; no content.';

const BODY = CreatePreservationOrderBodySchema.parse({
  serviceProvider: { name: 'Telegram FZ-LLC' },
  dataCategories: ['subscriber', 'traffic'],
  identifiers: [{ type: 'social-handle', value: 't.me/aba_support_kh' }],
  legalBases: [{ basis: 'kh-draft-ccl-v1-art-17' }],
  necessity: NECESSITY,
  proportionality: PROPORTIONALITY,
  days: 30,
});

const REQUESTED_AT = new Date('2026-11-24T01:00:00Z'); // 08:00 in Phnom Penh
const SENT_AT = new Date('2026-11-24T03:00:00Z'); // 10:00 in Phnom Penh
/** 30 days from 24 November: the last day is 23 December; it expires at 00:00 on the 24th. */
const EXPIRY = new Date('2026-12-23T17:00:00Z');
const DURING = new Date('2026-12-01T05:00:00Z');
const AFTER = new Date('2026-12-24T05:00:00Z');

function requested(): PreservationOrder {
  const made = newPreservationOrder(BODY, LIAISON, REQUESTED_AT, {
    id: '44444444-4444-4444-8444-444444444444',
    reference: 'PO-000001',
  });
  if (!made.ok) throw new Error(made.problem);
  return made.order;
}

/** An order that reached `status` the ordinary way. */
function orderIn(status: PreservationStatus): PreservationOrder {
  const base = requested();
  const approved = { ...base, decidedBy: PROSECUTOR_ID, decidedAt: '2026-11-24T02:00:00.000Z' };
  const sent = { ...approved, sentAt: SENT_AT.toISOString() };
  switch (status) {
    case 'requested':
      return base;
    case 'approved':
      return { ...approved, status };
    case 'refused':
      return { ...approved, status, refusalReason: 'Not necessary.' };
    case 'sent':
      return { ...sent, status };
    case 'acknowledged':
      return { ...sent, status, acknowledgedAt: '2026-11-24T06:00:00.000Z' };
    case 'preserved':
      return {
        ...sent,
        status,
        acknowledgedAt: '2026-11-24T06:00:00.000Z',
        preservedAt: '2026-11-25T02:00:00.000Z',
      };
    case 'released':
      return { ...sent, status, releasedAt: DURING.toISOString(), releaseReason: 'Obtained.' };
    case 'expired':
      return { ...sent, status, expiredAt: EXPIRY.toISOString() };
  }
}

/** Who may make each move, and when: so only the table decides. */
const actorFor = (to: PreservationStatus): PreservationActor =>
  to === 'expired'
    ? SYSTEM
    : to === 'approved' || to === 'refused' || to === 'released'
      ? PROSECUTOR
      : LIAISON;
const nowFor = (to: PreservationStatus) => (to === 'expired' ? AFTER : DURING);
const complete = (to: PreservationStatus): PreservationTransitionRequest => ({
  to,
  reason: 'Stated reason for the record.',
});

/** The table of the brief, written out again so a change to the code must change the test. */
const ALLOWED = new Set([
  'requested→approved',
  'requested→refused',
  'approved→sent',
  'sent→acknowledged',
  'sent→preserved',
  'sent→released',
  'sent→expired',
  'acknowledged→preserved',
  'acknowledged→released',
  'acknowledged→expired',
  'preserved→released',
  'preserved→expired',
]);

describe('preservation order status', () => {
  it('has exactly the eight statuses', () => {
    expect(STATUSES).toEqual([
      'requested',
      'approved',
      'refused',
      'sent',
      'acknowledged',
      'preserved',
      'released',
      'expired',
    ]);
  });

  it('exports the transition table of the design', () => {
    const pairs = STATUSES.flatMap((from) =>
      PRESERVATION_TRANSITIONS[from].map((to) => `${from}→${to}`),
    );
    expect(new Set(pairs)).toEqual(ALLOWED);
    expect(pairs).toHaveLength(ALLOWED.size);
  });

  it('ends in refused, released or expired', () => {
    expect(STATUSES.filter(isFinal)).toEqual(['refused', 'released', 'expired']);
  });

  it('builds fixtures that are valid orders', () => {
    for (const status of STATUSES) {
      expect(PreservationOrderSchema.safeParse(orderIn(status)).success, status).toBe(true);
    }
  });
});

describe('checkPreservationTransition: every pair of statuses', () => {
  const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

  it('covers 8 × 8 pairs', () => {
    expect(pairs).toHaveLength(64);
  });

  it.each(pairs)('%s → %s', (from, to) => {
    const result = checkPreservationTransition(
      orderIn(from),
      complete(to),
      actorFor(to),
      nowFor(to),
    );
    if (from === to) expect(result).toEqual({ ok: false, problem: 'same_status' });
    else if (ALLOWED.has(`${from}→${to}`)) expect(result).toEqual({ ok: true });
    else expect(result).toEqual({ ok: false, problem: 'illegal_transition' });
  });
});

describe('who may do which move', () => {
  const ROLES = PreservationRoleSchema.options;

  it('proposes a prosecutor role beside the staff roles of roles.ts', () => {
    expect(ROLES).toEqual([...StaffRoleSchema.options, 'prosecutor']);
  });

  it('grants exactly this role × permission table', () => {
    expect(
      Object.fromEntries(
        ROLES.map((role) => [role, [...PROPOSED_PRESERVATION_PERMISSIONS[role]].sort()]),
      ),
    ).toEqual({
      admin: [],
      coordinator: ['preservation:read'],
      analyst: [],
      liaison: ['preservation:read', 'preservation:request', 'preservation:track'],
      oversight: [],
      partner: [],
      prosecutor: [
        'preservation:issue',
        'preservation:read',
        'preservation:release',
        'preservation:renew',
        'preservation:track',
      ],
    });
  });

  it('needs this permission for each move', () => {
    expect(MOVE_PERMISSION).toEqual({
      approved: 'preservation:issue',
      refused: 'preservation:issue',
      sent: 'preservation:track',
      acknowledged: 'preservation:track',
      preserved: 'preservation:track',
      released: 'preservation:release',
      expired: 'system',
    });
  });

  /** Which actors may make each allowed move: role × move, written out. */
  const MAY: Record<string, readonly string[]> = {
    'requested→approved': ['prosecutor'],
    'requested→refused': ['prosecutor'],
    'approved→sent': ['liaison', 'prosecutor'],
    'sent→acknowledged': ['liaison', 'prosecutor'],
    'sent→preserved': ['liaison', 'prosecutor'],
    'sent→released': ['prosecutor'],
    'sent→expired': ['system'],
    'acknowledged→preserved': ['liaison', 'prosecutor'],
    'acknowledged→released': ['prosecutor'],
    'acknowledged→expired': ['system'],
    'preserved→released': ['prosecutor'],
    'preserved→expired': ['system'],
  };
  const actors: [string, PreservationActor][] = [
    ...ROLES.map((role): [string, PreservationActor] => [
      role,
      staff(role, '55555555-5555-4555-8555-555555555555'),
    ]),
    ['system', SYSTEM],
  ];

  it.each([...ALLOWED])('%s', (pair) => {
    const [from, to] = pair.split('→') as [PreservationStatus, PreservationStatus];
    const allowed = actors
      .filter(
        ([, actor]) =>
          checkPreservationTransition(orderIn(from), complete(to), actor, nowFor(to)).ok,
      )
      .map(([name]) => name);
    expect(allowed).toEqual(MAY[pair]);
    for (const [name, actor] of actors.filter(([n]) => !MAY[pair]?.includes(n))) {
      expect(
        checkPreservationTransition(orderIn(from), complete(to), actor, nowFor(to)),
        name,
      ).toEqual({ ok: false, problem: 'forbidden' });
    }
  });
});

describe('checkPreservationTransition: rules beyond the table', () => {
  it('a prosecutor does not approve their own request', () => {
    const own = { ...requested(), requestedBy: OTHER_PROSECUTOR_ID };
    expect(checkPreservationTransition(own, { to: 'approved' }, OTHER_PROSECUTOR, DURING)).toEqual({
      ok: false,
      problem: 'self_approval',
    });
    expect(checkPreservationTransition(own, { to: 'approved' }, PROSECUTOR, DURING)).toEqual({
      ok: true,
    });
  });

  it.each(['', '  ', '\u200B'])('refusing and releasing need a reason, not %j', (reason) => {
    expect(
      checkPreservationTransition(
        orderIn('requested'),
        { to: 'refused', reason },
        PROSECUTOR,
        DURING,
      ),
    ).toEqual({ ok: false, problem: 'reason_required' });
    expect(
      checkPreservationTransition(orderIn('preserved'), { to: 'released' }, PROSECUTOR, DURING),
    ).toEqual({ ok: false, problem: 'reason_required' });
  });

  it('expires only once the period is over, and then nothing else moves', () => {
    expect(checkPreservationTransition(orderIn('sent'), { to: 'expired' }, SYSTEM, DURING)).toEqual(
      {
        ok: false,
        problem: 'not_expired',
      },
    );
    const justBefore = new Date(EXPIRY.getTime() - 1);
    expect(
      checkPreservationTransition(orderIn('preserved'), { to: 'expired' }, SYSTEM, justBefore).ok,
    ).toBe(false);
    expect(
      checkPreservationTransition(orderIn('preserved'), { to: 'expired' }, SYSTEM, EXPIRY),
    ).toEqual({
      ok: true,
    });
    expect(
      checkPreservationTransition(orderIn('sent'), { to: 'acknowledged' }, LIAISON, AFTER),
    ).toEqual({ ok: false, problem: 'expired' });
    expect(
      checkPreservationTransition(orderIn('acknowledged'), complete('released'), PROSECUTOR, AFTER),
    ).toEqual({ ok: false, problem: 'expired' });
  });

  it('takes a past time for what happened, never a future one or one before the last step', () => {
    const order = orderIn('approved');
    const at = (iso: string) => ({ to: 'sent' as const, occurredAt: new Date(iso) });
    expect(checkPreservationTransition(order, at('2026-11-24T02:30:00Z'), LIAISON, DURING)).toEqual(
      {
        ok: true,
      },
    );
    expect(checkPreservationTransition(order, at('2026-12-02T00:00:00Z'), LIAISON, DURING)).toEqual(
      {
        ok: false,
        problem: 'time_in_future',
      },
    );
    expect(checkPreservationTransition(order, at('2026-11-24T01:30:00Z'), LIAISON, DURING)).toEqual(
      {
        ok: false,
        problem: 'time_before_previous',
      },
    );
  });
});

describe('applying moves', () => {
  it('a prosecutor’s own order is approved at once; a liaison’s waits', () => {
    const mine = newPreservationOrder(BODY, PROSECUTOR, REQUESTED_AT, {
      id: '66666666-6666-4666-8666-666666666666',
      reference: 'PO-000002',
    });
    expect(mine.ok && mine.order).toMatchObject({
      status: 'approved',
      decidedBy: PROSECUTOR_ID,
      decidedAt: REQUESTED_AT.toISOString(),
    });
    expect(requested()).toMatchObject({ status: 'requested', decidedBy: null });
    for (const role of ['admin', 'coordinator', 'analyst', 'oversight', 'partner'] as const) {
      expect(
        newPreservationOrder(BODY, staff(role, 'x'), REQUESTED_AT, { id: 'x', reference: 'x' }),
      ).toEqual({ ok: false, problem: 'forbidden' });
    }
    expect(newPreservationOrder(BODY, SYSTEM, REQUESTED_AT, { id: 'x', reference: 'x' })).toEqual({
      ok: false,
      problem: 'forbidden',
    });
  });

  it('records who decided and when each step happened', () => {
    const steps: [PreservationTransitionRequest, PreservationActor, Date][] = [
      [{ to: 'approved' }, PROSECUTOR, new Date('2026-11-24T02:00:00Z')],
      [{ to: 'sent', occurredAt: SENT_AT }, LIAISON, new Date('2026-11-24T04:00:00Z')],
      [{ to: 'preserved' }, LIAISON, new Date('2026-11-25T02:00:00Z')],
      [{ to: 'released', reason: 'Data obtained by a production order.' }, PROSECUTOR, DURING],
    ];
    let order = requested();
    for (const [request, actor, now] of steps) {
      const result = applyPreservationTransition(order, request, actor, now);
      if (!result.ok) throw new Error(`${request.to}: ${result.problem}`);
      order = result.order;
    }
    expect(order).toMatchObject({
      status: 'released',
      decidedBy: PROSECUTOR_ID,
      decidedAt: '2026-11-24T02:00:00.000Z',
      sentAt: SENT_AT.toISOString(),
      // sent → preserved counts as the acknowledgement too.
      acknowledgedAt: '2026-11-25T02:00:00.000Z',
      preservedAt: '2026-11-25T02:00:00.000Z',
      releasedAt: DURING.toISOString(),
      releaseReason: 'Data obtained by a production order.',
    });
    expect(PreservationOrderSchema.safeParse(order).success).toBe(true);
  });

  it('records the refusal’s reason, and the moment of expiry (not of noticing it)', () => {
    const refused = applyPreservationTransition(
      requested(),
      { to: 'refused', reason: ' Not proportionate: content is not needed. ' },
      PROSECUTOR,
      DURING,
    );
    expect(refused.ok && refused.order.refusalReason).toBe(
      'Not proportionate: content is not needed.',
    );
    const expired = applyPreservationTransition(
      orderIn('preserved'),
      { to: 'expired' },
      SYSTEM,
      AFTER,
    );
    expect(expired.ok && expired.order).toMatchObject({
      status: 'expired',
      expiredAt: EXPIRY.toISOString(),
    });
  });

  it('lists the moves an actor may make now', () => {
    expect(allowedPreservationMoves(orderIn('requested'), PROSECUTOR, DURING)).toEqual([
      'approved',
      'refused',
    ]);
    expect(allowedPreservationMoves(orderIn('requested'), LIAISON, DURING)).toEqual([]);
    expect(allowedPreservationMoves(orderIn('sent'), LIAISON, DURING)).toEqual([
      'acknowledged',
      'preserved',
    ]);
    expect(allowedPreservationMoves(orderIn('sent'), SYSTEM, AFTER)).toEqual(['expired']);
  });
});

describe('renewal', () => {
  const renewal: RenewPreservationOrderBody = {
    days: 90,
    justification:
      'The mutual-assistance request to the provider’s country is on its way; the data must stay until it arrives.',
    proportionality: 'The same account only; subscriber and traffic data, no content.',
  };
  const beforeExpiry = new Date(EXPIRY.getTime() - 60_000);

  it.each(['sent', 'acknowledged', 'preserved'] as const)(
    'is allowed once from %s, before expiry',
    (status) => {
      const result = applyRenewal(orderIn(status), renewal, PROSECUTOR, beforeExpiry);
      if (!result.ok) throw new Error(result.problem);
      expect(result.order.renewal).toMatchObject({
        days: 90,
        renewedBy: PROSECUTOR_ID,
        previousExpiresAt: EXPIRY.toISOString(),
      });
      // 90 more days after the old expiry: the new last day is 23 March 2027.
      expect(expiresAt(result.order)?.toISOString()).toBe('2027-03-23T17:00:00.000Z');
      expect(checkRenewal(result.order, renewal, PROSECUTOR, beforeExpiry)).toEqual({
        ok: false,
        problem: 'already_renewed',
      });
    },
  );

  it.each(['requested', 'approved', 'refused', 'released', 'expired'] as const)(
    'is refused from %s',
    (status) => {
      expect(checkRenewal(orderIn(status), renewal, PROSECUTOR, DURING)).toEqual({
        ok: false,
        problem: 'not_running',
      });
    },
  );

  it('is refused after expiry, even before the system has marked it', () => {
    const order = orderIn('preserved');
    expect(isExpired(order, EXPIRY)).toBe(true);
    expect(checkRenewal(order, renewal, PROSECUTOR, EXPIRY)).toEqual({
      ok: false,
      problem: 'expired',
    });
  });

  it('is the prosecutor’s alone', () => {
    for (const actor of [LIAISON, SYSTEM, staff('coordinator', 'c')]) {
      expect(checkRenewal(orderIn('sent'), renewal, actor, DURING)).toEqual({
        ok: false,
        problem: 'forbidden',
      });
    }
  });

  it('needs a new justification and a proportionality statement', () => {
    const check = (change: Partial<RenewPreservationOrderBody>) =>
      checkRenewal(orderIn('sent'), { ...renewal, ...change }, PROSECUTOR, DURING);
    expect(check({ justification: '' })).toEqual({ ok: false, problem: 'justification_required' });
    expect(check({ justification: '\u200B'.repeat(80) })).toEqual({
      ok: false,
      problem: 'justification_required',
    });
    expect(check({ justification: `  ${NECESSITY}\u200B` })).toEqual({
      ok: false,
      problem: 'same_justification',
    });
    expect(check({ proportionality: 'Fine.' })).toEqual({
      ok: false,
      problem: 'proportionality_required',
    });
  });

  it('adds at most 90 days after the old expiry', () => {
    const check = (days: number) =>
      checkRenewal(orderIn('sent'), { ...renewal, days }, PROSECUTOR, DURING);
    expect(check(91)).toEqual({ ok: false, problem: 'period_out_of_range' });
    expect(check(0)).toEqual({ ok: false, problem: 'period_out_of_range' });
    expect(check(2.5)).toEqual({ ok: false, problem: 'period_out_of_range' });
    expect(check(1)).toEqual({ ok: true });
    expect(check(90)).toEqual({ ok: true });
  });
});
