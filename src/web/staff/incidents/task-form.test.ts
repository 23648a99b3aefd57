import { describe, expect, it } from 'vitest';
import { checklistFromText, fromLocalInput, toLocalInput, toggleItem } from './task-form.ts';
import { incidentExportUrl, incidentListParams } from './incidents-api.ts';

describe('the due date of a task', () => {
  it('goes from the API to the input and back unchanged', () => {
    const iso = new Date(2026, 10, 24, 14, 5).toISOString();
    expect(toLocalInput(iso)).toBe('2026-11-24T14:05');
    expect(fromLocalInput('2026-11-24T14:05')).toEqual({ ok: true, iso });
  });

  it('is cleared by an empty field and refused when it is not a date and time', () => {
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('  ')).toEqual({ ok: true, iso: null });
    expect(fromLocalInput('tomorrow')).toEqual({ ok: false });
    expect(fromLocalInput('2026-13-45T99:99')).toEqual({ ok: false });
  });
});

describe('a checklist', () => {
  it('is typed one item a line, blank lines skipped', () => {
    expect(checklistFromText('Call the bank\n\n  ស្នើបង្កកគណនី  \n')).toEqual([
      { label: 'Call the bank', done: false },
      { label: 'ស្នើបង្កកគណនី', done: false },
    ]);
  });

  it('ticks one item and leaves the others', () => {
    const checklist = [
      { label: 'a', done: false },
      { label: 'b', done: true },
    ];
    expect(toggleItem(checklist, 0, true)).toEqual([
      { label: 'a', done: true },
      { label: 'b', done: true },
    ]);
  });
});

describe('the queue search', () => {
  it('sends words and the SLA filter, and the CSV takes the same filters without the page', () => {
    const filters = { q: ' ក្លែងខ្លួន ', sla: 'at_risk' as const, page: 2 };
    expect(incidentListParams(filters).toString()).toBe(
      `status=open&q=${encodeURIComponent('ក្លែងខ្លួន')}&sla=at_risk&sort=updated&limit=50&offset=50`,
    );
    expect(incidentExportUrl(filters)).toBe(
      `/api/incidents/export.csv?status=open&q=${encodeURIComponent('ក្លែងខ្លួន')}&sla=at_risk&sort=updated`,
    );
    expect(incidentListParams({ q: '   ' }).has('q')).toBe(false);
  });
});
