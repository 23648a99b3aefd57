import { z } from 'zod';
import { type IncidentStatus, isWaiting } from './lifecycle.ts';
import type { Severity } from './severity.ts';

/** At most a year, in minutes. */
const Minutes = z.number().int().positive().max(525_600);

/** How long, in active minutes from opening, each milestone may take. */
export const SlaTargetSchema = z.object({
  firstResponseMinutes: Minutes,
  containmentMinutes: Minutes,
  resolutionMinutes: Minutes,
});
export type SlaTarget = z.infer<typeof SlaTargetSchema>;

export const SlaTargetsSchema = z.object({
  critical: SlaTargetSchema,
  high: SlaTargetSchema,
  medium: SlaTargetSchema,
  low: SlaTargetSchema,
});
export type SlaTargets = z.infer<typeof SlaTargetsSchema>;

/** 1 h / 4 h / 1 d for critical … 3 d / 10 d / 30 d for low. */
export const DEFAULT_SLA_TARGETS: SlaTargets = {
  critical: { firstResponseMinutes: 60, containmentMinutes: 240, resolutionMinutes: 1440 },
  high: { firstResponseMinutes: 240, containmentMinutes: 1440, resolutionMinutes: 4320 },
  medium: { firstResponseMinutes: 1440, containmentMinutes: 4320, resolutionMinutes: 14400 },
  low: { firstResponseMinutes: 4320, containmentMinutes: 14400, resolutionMinutes: 43200 },
};

/** The targets for one severity (fails to compile if a severity has no targets). */
export const slaTargetFor = (targets: SlaTargets, severity: Severity): SlaTarget =>
  targets[severity];

export const SlaMilestoneSchema = z.enum(['first_response', 'containment', 'resolution']);
export type SlaMilestone = z.infer<typeof SlaMilestoneSchema>;

/** Worst first: `worst` of a status is the first of these that any milestone has. */
export const SlaStateSchema = z.enum(['breached', 'near_breach', 'running', 'paused', 'met']);
export type SlaState = z.infer<typeof SlaStateSchema>;

/**
 * What the clock needs to know about an incident.
 * - `pausedMs`: the total of finished pauses (time spent in a waiting status).
 * - `pausedSince`: when the running pause began, or null when the clock runs.
 * - `resolvedAt`: the current resolution; a reopen clears it.
 */
export type SlaClockInput = {
  openedAt: Date;
  pausedMs: number;
  pausedSince: Date | null;
  firstRespondedAt: Date | null;
  containedAt: Date | null;
  resolvedAt: Date | null;
  now: Date;
};

export type SlaMilestoneStatus = {
  milestone: SlaMilestone;
  state: SlaState;
  /** Active time left (negative: overdue by); null once the milestone is done. */
  dueInMs: number | null;
};

export type SlaStatus = { milestones: SlaMilestoneStatus[]; worst: SlaState };

const MINUTE_MS = 60_000;

/**
 * Active (unpaused) time from `openedAt` to `until` (default `now`), never negative.
 *
 * Simplification: `pausedMs` is subtracted whole, even the part of it that may lie after
 * `until`, because finished pauses are kept as a total, not as intervals. A running pause
 * counts from `pausedSince` up to `until` (nothing when `until` is before it).
 */
export function elapsedMs(
  input: Pick<SlaClockInput, 'openedAt' | 'pausedMs' | 'pausedSince' | 'now'>,
  until: Date = input.now,
): number {
  const end = until.getTime();
  const running = input.pausedSince ? Math.max(0, end - input.pausedSince.getTime()) : 0;
  return Math.max(0, end - input.openedAt.getTime() - input.pausedMs - running);
}

/**
 * When each milestone was reached. Resolving an incident also ends the first-response and
 * containment clocks when they were not stopped before (nothing was left to contain).
 */
const doneAt = (input: SlaClockInput): Record<SlaMilestone, Date | null> => ({
  first_response: input.firstRespondedAt ?? input.resolvedAt,
  containment: input.containedAt ?? input.resolvedAt,
  resolution: input.resolvedAt,
});

const targetMinutes = (target: SlaTarget): Record<SlaMilestone, number> => ({
  first_response: target.firstResponseMinutes,
  containment: target.containmentMinutes,
  resolution: target.resolutionMinutes,
});

function milestoneStatus(
  input: SlaClockInput,
  milestone: SlaMilestone,
  done: Date | null,
  targetMs: number,
): SlaMilestoneStatus {
  if (done) {
    const state = elapsedMs(input, done) <= targetMs ? 'met' : 'breached';
    return { milestone, state, dueInMs: null };
  }
  const dueInMs = targetMs - elapsedMs(input);
  const state: SlaState =
    dueInMs < 0
      ? 'breached'
      : input.pausedSince
        ? 'paused'
        : dueInMs * 5 < targetMs
          ? 'near_breach'
          : 'running';
  return { milestone, state, dueInMs };
}

/**
 * Each milestone against its target, measured in active time from opening:
 * - done: `met` when the active time at that moment is within the target, else `breached`
 *   (same simplification as `elapsedMs` for pauses);
 * - not done: `breached` once past the target (even while paused), `paused` while the
 *   incident waits, `near_breach` when less than 20 % of the target is left, else `running`.
 */
export function slaStatus(input: SlaClockInput, target: SlaTarget): SlaStatus {
  const done = doneAt(input);
  const minutes = targetMinutes(target);
  const milestones = SlaMilestoneSchema.options.map((milestone) =>
    milestoneStatus(input, milestone, done[milestone], minutes[milestone] * MINUTE_MS),
  );
  const states = new Set(milestones.map((entry) => entry.state));
  const worst = SlaStateSchema.options.find((state) => states.has(state)) ?? 'met';
  return { milestones, worst };
}

export type PauseClock = { pausedMs: number; pausedSince: Date | null };

/**
 * The pause bookkeeping for a status change: entering a waiting status starts a pause,
 * leaving one ends it and adds its length to `pausedMs`. Moving between two waiting
 * statuses, or between two working ones, changes nothing.
 */
export function pauseTransition(
  clock: PauseClock,
  from: IncidentStatus,
  to: IncidentStatus,
  now: Date,
): PauseClock {
  const wasWaiting = isWaiting(from);
  const willWait = isWaiting(to);
  if (!wasWaiting && willWait) {
    return { pausedMs: clock.pausedMs, pausedSince: clock.pausedSince ?? now };
  }
  if (wasWaiting && !willWait) {
    const pause = clock.pausedSince ? Math.max(0, now.getTime() - clock.pausedSince.getTime()) : 0;
    return { pausedMs: clock.pausedMs + pause, pausedSince: null };
  }
  return { pausedMs: clock.pausedMs, pausedSince: clock.pausedSince };
}
