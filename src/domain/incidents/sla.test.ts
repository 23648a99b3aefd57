import { describe, expect, it } from 'vitest';
import { IncidentStatusSchema, isWaiting } from './lifecycle.ts';
import {
  DEFAULT_SLA_TARGETS,
  elapsedMs,
  pauseTransition,
  type PauseClock,
  type SlaClockInput,
  slaStatus,
  slaTargetFor,
  SlaTargetSchema,
  SlaTargetsSchema,
} from './sla.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 5, 2, 0, 0);
/** A fixed moment, `minutes` after the incident was opened. */
const at = (minutes: number): Date => new Date(T0 + minutes * MIN);

const clock = (overrides: Partial<SlaClockInput> = {}): SlaClockInput => ({
  openedAt: at(0),
  pausedMs: 0,
  pausedSince: null,
  firstRespondedAt: null,
  containedAt: null,
  resolvedAt: null,
  now: at(0),
  ...overrides,
});

/** critical: first response 60 min, containment 240 min, resolution 1440 min. */
const CRITICAL = DEFAULT_SLA_TARGETS.critical;

describe('SLA targets', () => {
  it('has the default targets of the design', () => {
    expect(DEFAULT_SLA_TARGETS).toEqual({
      critical: { firstResponseMinutes: 60, containmentMinutes: 240, resolutionMinutes: 1440 },
      high: { firstResponseMinutes: 240, containmentMinutes: 1440, resolutionMinutes: 4320 },
      medium: { firstResponseMinutes: 1440, containmentMinutes: 4320, resolutionMinutes: 14400 },
      low: { firstResponseMinutes: 4320, containmentMinutes: 14400, resolutionMinutes: 43200 },
    });
    expect(SlaTargetsSchema.parse(DEFAULT_SLA_TARGETS)).toEqual(DEFAULT_SLA_TARGETS);
  });

  it('picks the targets of a severity', () => {
    expect(slaTargetFor(DEFAULT_SLA_TARGETS, 'medium')).toBe(DEFAULT_SLA_TARGETS.medium);
  });

  it.each([0, -5, 1.5, 525_601, Number.NaN])('refuses %s minutes', (minutes) => {
    expect(SlaTargetSchema.safeParse({ ...CRITICAL, containmentMinutes: minutes }).success).toBe(
      false,
    );
  });

  it('accepts a year', () => {
    expect(SlaTargetSchema.safeParse({ ...CRITICAL, resolutionMinutes: 525_600 }).success).toBe(
      true,
    );
  });

  it('needs targets for every severity', () => {
    const { low: _low, ...withoutLow } = DEFAULT_SLA_TARGETS;
    expect(SlaTargetsSchema.safeParse(withoutLow).success).toBe(false);
  });
});

describe('elapsedMs', () => {
  it('counts from opening to now', () => {
    expect(elapsedMs(clock({ now: at(90) }))).toBe(90 * MIN);
  });

  it('counts to `until` when given', () => {
    expect(elapsedMs(clock({ now: at(90) }), at(30))).toBe(30 * MIN);
  });

  it('subtracts finished pauses', () => {
    expect(elapsedMs(clock({ now: at(90), pausedMs: 20 * MIN }))).toBe(70 * MIN);
  });

  it('subtracts the running pause up to now', () => {
    const input = clock({ now: at(90), pausedMs: 10 * MIN, pausedSince: at(60) });
    expect(elapsedMs(input)).toBe(50 * MIN);
    // The clock stands still while paused.
    expect(elapsedMs({ ...input, now: at(500) })).toBe(50 * MIN);
  });

  it('counts a running pause only up to `until`', () => {
    const input = clock({ now: at(90), pausedMs: 10 * MIN, pausedSince: at(60) });
    expect(elapsedMs(input, at(75))).toBe(50 * MIN);
    // Before the pause began only the finished pauses apply.
    expect(elapsedMs(input, at(45))).toBe(35 * MIN);
  });

  it('is never negative', () => {
    expect(elapsedMs(clock({ now: at(-10) }))).toBe(0);
    expect(elapsedMs(clock({ now: at(5), pausedMs: 30 * MIN }))).toBe(0);
  });
});

describe('pauseTransition', () => {
  const running: PauseClock = { pausedMs: 0, pausedSince: null };

  it('starts a pause when entering a waiting status', () => {
    expect(pauseTransition(running, 'in_progress', 'waiting_reporter', at(30))).toEqual({
      pausedMs: 0,
      pausedSince: at(30),
    });
    expect(
      pauseTransition(
        { pausedMs: 5 * MIN, pausedSince: null },
        'in_progress',
        'waiting_third_party',
        at(30),
      ),
    ).toEqual({ pausedMs: 5 * MIN, pausedSince: at(30) });
  });

  it('ends the pause and adds it up when leaving', () => {
    const paused = { pausedMs: 15 * MIN, pausedSince: at(30) };
    expect(pauseTransition(paused, 'waiting_reporter', 'in_progress', at(90))).toEqual({
      pausedMs: 75 * MIN,
      pausedSince: null,
    });
    expect(pauseTransition(paused, 'waiting_third_party', 'resolved', at(40))).toEqual({
      pausedMs: 25 * MIN,
      pausedSince: null,
    });
  });

  it('changes nothing between two working or two waiting statuses', () => {
    expect(pauseTransition(running, 'new', 'triage', at(5))).toEqual(running);
    expect(pauseTransition(running, 'in_progress', 'resolved', at(5))).toEqual(running);
    const paused = { pausedMs: 0, pausedSince: at(30) };
    expect(pauseTransition(paused, 'waiting_reporter', 'waiting_third_party', at(50))).toEqual(
      paused,
    );
  });

  it('does not modify its input', () => {
    const paused = { pausedMs: 0, pausedSince: at(30) };
    pauseTransition(paused, 'waiting_reporter', 'in_progress', at(90));
    expect(paused).toEqual({ pausedMs: 0, pausedSince: at(30) });
  });

  it('is paused after a move exactly when the new status is a waiting one', () => {
    const statuses = IncidentStatusSchema.options;
    for (const from of statuses) {
      for (const to of statuses) {
        const before = { pausedMs: 7 * MIN, pausedSince: isWaiting(from) ? at(10) : null };
        const after = pauseTransition(before, from, to, at(40));
        expect(after.pausedSince !== null, `${from} → ${to}`).toBe(isWaiting(to));
        const expectedMs = isWaiting(from) && !isWaiting(to) ? 37 * MIN : 7 * MIN;
        expect(after.pausedMs, `${from} → ${to}`).toBe(expectedMs);
      }
    }
  });

  it('adds up several pauses, and the SLA clock follows', () => {
    let pause: PauseClock = { pausedMs: 0, pausedSince: null };
    pause = pauseTransition(pause, 'in_progress', 'waiting_reporter', at(20));
    pause = pauseTransition(pause, 'waiting_reporter', 'in_progress', at(50));
    pause = pauseTransition(pause, 'in_progress', 'waiting_third_party', at(80));
    expect(pause).toEqual({ pausedMs: 30 * MIN, pausedSince: at(80) });
    // 80 minutes open, 30 of them waiting: 50 active minutes, standing still.
    expect(elapsedMs(clock({ ...pause, now: at(400) }))).toBe(50 * MIN);
    pause = pauseTransition(pause, 'waiting_third_party', 'in_progress', at(400));
    expect(pause).toEqual({ pausedMs: 350 * MIN, pausedSince: null });
    expect(elapsedMs(clock({ ...pause, now: at(410) }))).toBe(60 * MIN);
  });
});

describe('slaStatus', () => {
  const states = (input: SlaClockInput) =>
    slaStatus(input, CRITICAL).milestones.map((m) => [m.milestone, m.state, m.dueInMs]);

  it('runs every milestone from opening', () => {
    expect(slaStatus(clock({ now: at(30) }), CRITICAL)).toEqual({
      milestones: [
        { milestone: 'first_response', state: 'running', dueInMs: 30 * MIN },
        { milestone: 'containment', state: 'running', dueInMs: 210 * MIN },
        { milestone: 'resolution', state: 'running', dueInMs: 1410 * MIN },
      ],
      worst: 'running',
    });
  });

  it('is near breach when less than 20 % of the target is left', () => {
    // 12 minutes is 20 % of 60: not yet near breach.
    expect(slaStatus(clock({ now: at(48) }), CRITICAL).milestones[0]?.state).toBe('running');
    const near = slaStatus(clock({ now: at(49) }), CRITICAL);
    expect(near.milestones[0]).toEqual({
      milestone: 'first_response',
      state: 'near_breach',
      dueInMs: 11 * MIN,
    });
    expect(near.worst).toBe('near_breach');
  });

  it('is near breach, not breached, exactly at the deadline', () => {
    expect(states(clock({ now: at(60) }))[0]).toEqual(['first_response', 'near_breach', 0]);
  });

  it('is breached once past the target, with how long overdue', () => {
    const status = slaStatus(clock({ now: at(61) }), CRITICAL);
    expect(status.milestones[0]).toEqual({
      milestone: 'first_response',
      state: 'breached',
      dueInMs: -1 * MIN,
    });
    expect(status.worst).toBe('breached');
  });

  it('is met when done within the target', () => {
    const input = clock({ firstRespondedAt: at(45), now: at(200) });
    expect(states(input)).toEqual([
      ['first_response', 'met', null],
      // 40 of 240 minutes left: under 20 %.
      ['containment', 'near_breach', 40 * MIN],
      ['resolution', 'running', 1240 * MIN],
    ]);
    expect(slaStatus(input, CRITICAL).worst).toBe('near_breach');
  });

  it('is met when done exactly on the target', () => {
    expect(states(clock({ firstRespondedAt: at(60), now: at(61) }))[0]).toEqual([
      'first_response',
      'met',
      null,
    ]);
  });

  it('stays breached when done too late', () => {
    expect(states(clock({ firstRespondedAt: at(70), now: at(100) }))[0]).toEqual([
      'first_response',
      'breached',
      null,
    ]);
  });

  it('leaves waiting time out of a done milestone', () => {
    // Responded 70 minutes after opening, 20 of them waiting: 50 active minutes.
    const input = clock({ firstRespondedAt: at(70), pausedMs: 20 * MIN, now: at(100) });
    expect(states(input)[0]).toEqual(['first_response', 'met', null]);
  });

  it('reports paused for running milestones while waiting', () => {
    const input = clock({ pausedSince: at(40), now: at(300) });
    expect(slaStatus(input, CRITICAL)).toEqual({
      milestones: [
        { milestone: 'first_response', state: 'paused', dueInMs: 20 * MIN },
        { milestone: 'containment', state: 'paused', dueInMs: 200 * MIN },
        { milestone: 'resolution', state: 'paused', dueInMs: 1400 * MIN },
      ],
      worst: 'paused',
    });
  });

  it('reports paused rather than near breach while waiting', () => {
    expect(states(clock({ pausedSince: at(55), now: at(300) }))[0]).toEqual([
      'first_response',
      'paused',
      5 * MIN,
    ]);
  });

  it('keeps a milestone breached before the pause breached', () => {
    const status = slaStatus(clock({ pausedSince: at(70), now: at(300) }), CRITICAL);
    expect(status.milestones.map((m) => m.state)).toEqual(['breached', 'paused', 'paused']);
    expect(status.milestones[0]?.dueInMs).toBe(-10 * MIN);
    expect(status.worst).toBe('breached');
  });

  it('ranks paused above met', () => {
    const input = clock({ firstRespondedAt: at(10), pausedSince: at(100), now: at(500) });
    const status = slaStatus(input, CRITICAL);
    expect(status.milestones.map((m) => m.state)).toEqual(['met', 'paused', 'paused']);
    expect(status.worst).toBe('paused');
  });

  it('is met everywhere when all was done in time', () => {
    const input = clock({
      firstRespondedAt: at(30),
      containedAt: at(200),
      resolvedAt: at(600),
      now: at(5000),
    });
    expect(slaStatus(input, CRITICAL)).toEqual({
      milestones: [
        { milestone: 'first_response', state: 'met', dueInMs: null },
        { milestone: 'containment', state: 'met', dueInMs: null },
        { milestone: 'resolution', state: 'met', dueInMs: null },
      ],
      worst: 'met',
    });
  });

  it('lets resolution stop the earlier clocks that were never stopped', () => {
    const input = clock({ firstRespondedAt: at(20), resolvedAt: at(180), now: at(5000) });
    expect(states(input)).toEqual([
      ['first_response', 'met', null],
      ['containment', 'met', null],
      ['resolution', 'met', null],
    ]);
    const late = clock({ resolvedAt: at(1500), now: at(5000) });
    expect(states(late)).toEqual([
      ['first_response', 'breached', null],
      ['containment', 'breached', null],
      ['resolution', 'breached', null],
    ]);
  });

  it('measures against the targets it is given', () => {
    const input = clock({ now: at(300) });
    expect(slaStatus(input, DEFAULT_SLA_TARGETS.critical).worst).toBe('breached');
    expect(slaStatus(input, DEFAULT_SLA_TARGETS.high).milestones[0]).toEqual({
      milestone: 'first_response',
      state: 'breached',
      dueInMs: -60 * MIN,
    });
    expect(slaStatus(input, DEFAULT_SLA_TARGETS.medium).worst).toBe('running');
  });
});
