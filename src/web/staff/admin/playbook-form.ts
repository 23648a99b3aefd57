import {
  PlaybookBodySchema,
  type Playbook,
  type PlaybookBody,
} from '../../../domain/incidents/playbooks.ts';
import type { LocalSubtype } from '../../../domain/taxonomy/local-subtypes.ts';
import { readNumber } from '../incidents/incident-form.ts';

/** A row of the editor has a key of its own, so moving tasks keeps their fields in place. */
let nextKey = 0;
const newKey = () => `row-${++nextKey}`;

export type ItemValues = { key: string; en: string; km: string };
export type TaskValues = {
  key: string;
  titleEn: string;
  titleKm: string;
  /** As typed: Khmer or Latin digits. */
  hours: string;
  checklist: ItemValues[];
};
export type PlaybookFormValues = {
  titleEn: string;
  titleKm: string;
  appliesTo: LocalSubtype[];
  tasks: TaskValues[];
};

/** What the server says is wrong, and what the form finds itself, by field path. */
export type Problem = 'required' | 'tooLong' | 'hours' | 'atLeastOneTask' | 'invalid';

export const emptyItem = (): ItemValues => ({ key: newKey(), en: '', km: '' });

export const emptyTask = (): TaskValues => ({
  key: newKey(),
  titleEn: '',
  titleKm: '',
  hours: '24',
  checklist: [],
});

export function playbookFormValues(playbook: Playbook): PlaybookFormValues {
  return {
    titleEn: playbook.title.en,
    titleKm: playbook.title.km,
    appliesTo: [...playbook.appliesTo],
    tasks: playbook.tasks.map((task) => ({
      key: newKey(),
      titleEn: task.title.en,
      titleKm: task.title.km,
      hours: String(task.dueWithinHours),
      checklist: task.checklist.map((item) => ({ key: newKey(), en: item.en, km: item.km })),
    })),
  };
}

/** The list with the entry at `index` moved one place up (-1) or down (+1). */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [entry] = copy.splice(index, 1);
  if (entry !== undefined) copy.splice(target, 0, entry);
  return copy;
}

/**
 * The PUT body, or the problems by field path ("tasks.0.title.en", "tasks.2.dueWithinHours",
 * "tasks" for a playbook without tasks), in the paths the API uses.
 */
export function playbookBodyFrom(
  values: PlaybookFormValues,
):
  | { body: PlaybookBody; problems: Record<string, Problem> }
  | { body: null; problems: Record<string, Problem> } {
  const problems: Record<string, Problem> = {};
  const tasks = values.tasks.map((task, index) => {
    const hours = readNumber(task.hours);
    if (hours === null || !Number.isInteger(hours) || hours < 1 || hours > 24 * 90) {
      problems[`tasks.${index}.dueWithinHours`] = 'hours';
    }
    return {
      title: { en: task.titleEn, km: task.titleKm },
      checklist: task.checklist.map((item) => ({ en: item.en, km: item.km })),
      dueWithinHours: hours ?? 0,
    };
  });
  const parsed = PlaybookBodySchema.safeParse({
    title: { en: values.titleEn, km: values.titleKm },
    appliesTo: values.appliesTo,
    tasks,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      if (problems[path]) continue;
      if (path === 'tasks') problems[path] = 'atLeastOneTask';
      else if (path.endsWith('dueWithinHours')) problems[path] = 'hours';
      else if (issue.code === 'too_small') problems[path] = 'required';
      else if (issue.code === 'too_big') problems[path] = 'tooLong';
      else problems[path] = 'invalid';
    }
  }
  if (Object.keys(problems).length > 0 || !parsed.success) return { body: null, problems };
  return { body: parsed.data, problems };
}
