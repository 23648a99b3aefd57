import type { Task } from '../../../domain/incidents/incident.schemas.ts';
import { normaliseText } from '../../../domain/reports/text.ts';

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO moment as a datetime-local input shows it: "2026-11-24T14:05", in local time. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/**
 * What a datetime-local input holds, as the API's ISO moment (null when it is empty), or
 * not ok when it is not a date and time (a browser without the picker lets anything in).
 */
export function fromLocalInput(value: string): { ok: true; iso: string | null } | { ok: false } {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: true, iso: null };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(trimmed)) return { ok: false };
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? { ok: false } : { ok: true, iso: date.toISOString() };
}

/** A checklist typed one item a line; blank lines are skipped. */
export function checklistFromText(text: string): { label: string; done: boolean }[] {
  return text
    .split('\n')
    .map((line) => normaliseText(line))
    .filter((line) => line !== '')
    .map((label) => ({ label, done: false }));
}

/** The checklist with item `index` ticked or unticked; the rest as they are. */
export function toggleItem(checklist: Task['checklist'], index: number, done: boolean) {
  return checklist.map((item, at) => (at === index ? { ...item, done } : item));
}

/** Whether a task still needs doing. */
export const isOpenTask = (task: Pick<Task, 'status'>): boolean =>
  task.status === 'open' || task.status === 'in_progress';
