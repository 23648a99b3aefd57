import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../domain/incidents/playbooks.ts';
import { DEFAULT_SLA_TARGETS } from '../../../domain/incidents/sla.ts';
import { emptyTask, move, playbookBodyFrom, playbookFormValues } from './playbook-form.ts';
import { inHours, slaFormValues, slaTargetsFrom } from './sla-form.ts';

const fraud = { ...DEFAULT_PLAYBOOKS[2]!, edited: false, updatedAt: null };

describe('the SLA targets form', () => {
  it('sends back what it was given', () => {
    expect(slaTargetsFrom(slaFormValues(DEFAULT_SLA_TARGETS))).toEqual({
      targets: DEFAULT_SLA_TARGETS,
      problems: [],
    });
  });

  it('reads Khmer digits and refuses what is not whole minutes in range', () => {
    const values = slaFormValues(DEFAULT_SLA_TARGETS);
    values.critical.firstResponseMinutes = '៣០';
    values.high.containmentMinutes = '1.5';
    values.low.resolutionMinutes = '999999';
    values.medium.firstResponseMinutes = '0';
    const result = slaTargetsFrom(values);
    expect(result.targets).toBeNull();
    expect([...result.problems].sort()).toEqual([
      'high.containmentMinutes',
      'low.resolutionMinutes',
      'medium.firstResponseMinutes',
    ]);
    values.high.containmentMinutes = '90';
    values.low.resolutionMinutes = '600';
    values.medium.firstResponseMinutes = '60';
    expect(slaTargetsFrom(values).targets?.critical.firstResponseMinutes).toBe(30);
  });

  it('shows minutes in hours, and in days from two days on', () => {
    expect(inHours(90)).toEqual({ hours: '1.5', days: null });
    expect(inHours(4320)).toEqual({ hours: '72', days: '3' });
  });
});

describe('the playbook editor', () => {
  it('sends back the playbook it was given', () => {
    const { body } = playbookBodyFrom(playbookFormValues(fraud));
    expect(body).toEqual({ title: fraud.title, appliesTo: fraud.appliesTo, tasks: fraud.tasks });
  });

  it('moves, adds and removes tasks', () => {
    const values = playbookFormValues(fraud);
    const moved = move(values.tasks, 0, 1);
    expect(moved.map((task) => task.titleEn)).toEqual([
      fraud.tasks[1]?.title.en,
      fraud.tasks[0]?.title.en,
      fraud.tasks[2]?.title.en,
      fraud.tasks[3]?.title.en,
    ]);
    expect(move(values.tasks, 0, -1)).toEqual(values.tasks);
    const { problems } = playbookBodyFrom({ ...values, tasks: [...values.tasks, emptyTask()] });
    expect(problems).toEqual({ 'tasks.4.title.en': 'required', 'tasks.4.title.km': 'required' });
    expect(playbookBodyFrom({ ...values, tasks: [] }).problems).toEqual({
      tasks: 'atLeastOneTask',
    });
  });

  it('reads hours in Khmer digits and refuses those out of range', () => {
    const values = playbookFormValues(fraud);
    values.tasks[0]!.hours = '៤៨';
    expect(playbookBodyFrom(values).body?.tasks[0]?.dueWithinHours).toBe(48);
    values.tasks[1]!.hours = '0';
    values.tasks[2]!.hours = 'soon';
    expect(playbookBodyFrom(values).problems).toEqual({
      'tasks.1.dueWithinHours': 'hours',
      'tasks.2.dueWithinHours': 'hours',
    });
  });
});
