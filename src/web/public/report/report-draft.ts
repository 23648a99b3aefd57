import { useEffect, useRef } from 'react';
import { z } from 'zod';
import { IncidentTypeIdSchema } from '../../../domain/taxonomy/incident-types.ts';
import { EMPTY_REPORT_FORM, type ReportFormValues } from './report-form.ts';

/**
 * The report a person started, kept in this browser's localStorage as they type so that a
 * reload, a dropped connection or a closed tab does not lose it. Files and the proof of
 * work are never kept. The draft is removed once the report is sent or on request.
 */
const DRAFT_KEY = 'karpear.reportDraft';
const SAVE_DELAY_MS = 500;

const DraftSchema = z.object({
  version: z.literal(1),
  values: z.object({
    incidentType: z.union([IncidentTypeIdSchema, z.literal('')]),
    details: z.record(z.string(), z.string().max(20_000)),
    description: z.string().max(40_000),
    date: z.string().max(40),
    time: z.string().max(40),
    name: z.string().max(1_000),
    email: z.string().max(1_000),
    phone: z.string().max(1_000),
  }),
});

const isEmpty = (values: ReportFormValues): boolean =>
  !values.incidentType &&
  Object.values(values.details).every((value) => !value.trim()) &&
  [values.description, values.date, values.time, values.name, values.email, values.phone].every(
    (value) => !value.trim(),
  );

/** The saved draft, or null when there is none (or it cannot be read). */
export function loadDraft(): ReportFormValues | null {
  try {
    const stored = window.localStorage.getItem(DRAFT_KEY);
    if (!stored) return null;
    const parsed = DraftSchema.safeParse(JSON.parse(stored));
    return parsed.success && !isEmpty(parsed.data.values) ? parsed.data.values : null;
  } catch {
    // Storage disabled or a damaged value: start with an empty form.
    return null;
  }
}

export function saveDraft(values: ReportFormValues): void {
  try {
    if (isEmpty(values)) window.localStorage.removeItem(DRAFT_KEY);
    else window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, values }));
  } catch {
    // Full or disabled storage: the form still works, it is just not kept.
  }
}

export function clearDraft(): void {
  try {
    window.localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing was stored then.
  }
}

/**
 * Saves `values` shortly after each change, and at once when the page is hidden or the
 * form goes away, unless `done()` was called (the report was sent or the draft cleared).
 */
export function useDraftAutosave(values: ReportFormValues): { done: () => void } {
  const latest = useRef(values);
  const pending = useRef(false);
  const finished = useRef(false);
  latest.current = values;

  useEffect(() => {
    if (values === EMPTY_REPORT_FORM) return;
    finished.current = false;
    pending.current = true;
    const timer = window.setTimeout(() => {
      pending.current = false;
      saveDraft(latest.current);
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [values]);

  useEffect(() => {
    const flush = () => {
      if (pending.current && !finished.current) saveDraft(latest.current);
      pending.current = false;
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return {
    done: () => {
      finished.current = true;
      pending.current = false;
      clearDraft();
    },
  };
}
