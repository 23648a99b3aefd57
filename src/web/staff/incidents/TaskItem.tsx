import {
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  TaskStatusSchema,
  type Task,
  type UpdateTaskBody,
} from '../../../domain/incidents/incident.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { assigneesQuery, showIncident, updateTask } from './incidents-api.ts';
import { fromLocalInput, isOpenTask, toLocalInput, toggleItem } from './task-form.ts';
import { OverdueBadge, TaskStatusBadge } from './TaskBadges.tsx';

/** The option of the assignee select that leaves the task with nobody. */
const NOBODY = '-';

type TaskItemProps = { incidentId: string; task: Task; canEdit: boolean };

/**
 * One task: its title, status, assignee and due date (overdue said in words), its
 * checklist, and the controls to change each. Every change is saved at once.
 */
export function TaskItem({ incidentId, task, canEdit }: TaskItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const titleId = useId();
  const controlsId = useId();
  const [editing, setEditing] = useState(false);
  const assignees = useQuery({ ...assigneesQuery, enabled: canEdit });
  const [due, setDue] = useState(() => toLocalInput(task.dueAt));
  const [dueError, setDueError] = useState<string | null>(null);
  // When the task changes under the field (another analyst, a save), show its new due date.
  const [savedDue, setSavedDue] = useState(task.dueAt);
  if (savedDue !== task.dueAt) {
    setSavedDue(task.dueAt);
    setDue(toLocalInput(task.dueAt));
  }

  const change = useMutation({
    mutationFn: (body: UpdateTaskBody) => updateTask(incidentId, task.id, body),
    onSuccess: (updated) => showIncident(queryClient, updated),
  });
  const save = (body: UpdateTaskBody) => {
    change.reset();
    change.mutate(body);
  };
  const saveDue = () => {
    const dueAt = fromLocalInput(due);
    if (!dueAt.ok) return setDueError(t('staff.incidents.tasks.invalidDate'));
    setDueError(null);
    save({ dueAt: dueAt.iso });
  };

  const checked = task.checklist.filter((item) => item.done).length;
  const dueChanged = due !== toLocalInput(task.dueAt);
  const finished = !isOpenTask(task);

  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      className={task.overdue ? 'task task--overdue' : 'task'}
      data-testid="task"
      data-status={task.status}
      data-overdue={task.overdue}
    >
      <Stack gap="xs" role="group" aria-labelledby={titleId}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Title
            order={3}
            size="h5"
            id={titleId}
            c={finished ? 'dimmed' : undefined}
            style={{ overflowWrap: 'anywhere' }}
          >
            {task.title}
          </Title>
          <Group gap={6} wrap="wrap">
            <TaskStatusBadge status={task.status} />
            {task.overdue ? <OverdueBadge /> : null}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {task.assignee?.name ?? t('staff.incidents.queue.unassigned')} ·{' '}
          {task.dueAt ? (
            <Text
              span
              inherit
              fw={task.overdue ? 700 : undefined}
              c={task.overdue ? 'red.9' : undefined}
            >
              {t('staff.incidents.tasks.due', { time: formatDateTime(task.dueAt, language) })}
            </Text>
          ) : (
            t('staff.incidents.tasks.noDue')
          )}
          {task.completedAt && task.status === 'done'
            ? ` · ${t('staff.incidents.tasks.completed', {
                time: formatDateTime(task.completedAt, language),
              })}`
            : null}
          {task.playbookId ? ` · ${t('staff.incidents.tasks.fromPlaybook')}` : null}
        </Text>
        {task.checklist.length > 0 ? (
          <Checkbox.Group
            label={t('staff.incidents.tasks.checklist')}
            description={t('staff.incidents.tasks.checked', {
              done: checked,
              total: task.checklist.length,
            })}
            value={task.checklist.flatMap((item, index) => (item.done ? [String(index)] : []))}
            readOnly={!canEdit}
          >
            <Stack gap={6} mt={6}>
              {task.checklist.map((item, index) => (
                <Checkbox
                  key={index}
                  value={String(index)}
                  label={item.label}
                  disabled={!canEdit || change.isPending}
                  onChange={(event) =>
                    save({
                      checklist: toggleItem(task.checklist, index, event.currentTarget.checked),
                    })
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
        {canEdit ? (
          <Group gap="xs" wrap="wrap">
            {!finished ? (
              <Button
                variant="light"
                size="compact-md"
                loading={change.isPending && change.variables.status === 'done'}
                disabled={change.isPending}
                onClick={() => save({ status: 'done' })}
                aria-label={t('staff.incidents.tasks.markDoneNamed', { title: task.title })}
              >
                {t('staff.incidents.tasks.markDone')}
              </Button>
            ) : null}
            <Button
              variant="subtle"
              size="compact-md"
              aria-expanded={editing}
              aria-controls={controlsId}
              onClick={() => setEditing((open) => !open)}
              style={{ height: 'auto', minHeight: 28 }}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
            >
              <span aria-hidden="true">{editing ? '▴' : '▾'}</span>&nbsp;
              {t('staff.incidents.tasks.edit')}
            </Button>
          </Group>
        ) : null}
        {canEdit && editing ? (
          <div id={controlsId}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('staff.incidents.tasks.status')}
                allowDeselect={false}
                value={task.status}
                disabled={change.isPending}
                onChange={(value) => {
                  const status = TaskStatusSchema.safeParse(value);
                  if (status.success && status.data !== task.status) save({ status: status.data });
                }}
                data={TaskStatusSchema.options.map((status) => ({
                  value: status,
                  label: t(`staff.incidents.tasks.statuses.${status}`),
                }))}
              />
              <Select
                label={t('staff.incidents.tasks.assignee')}
                allowDeselect={false}
                searchable
                value={task.assignee?.id ?? NOBODY}
                disabled={change.isPending}
                onChange={(value) => {
                  const id = z.uuid().safeParse(value);
                  const assigneeId = id.success ? id.data : null;
                  if (assigneeId !== (task.assignee?.id ?? null)) save({ assigneeId });
                }}
                data={[
                  { value: NOBODY, label: t('staff.incidents.queue.unassigned') },
                  ...(assignees.data ?? []).map((person) => ({
                    value: person.id,
                    label: person.name,
                  })),
                ]}
              />
              <Stack gap={6}>
                <TextInput
                  type="datetime-local"
                  label={t('staff.incidents.tasks.dueDate')}
                  description={t('staff.incidents.tasks.dueHint')}
                  value={due}
                  error={dueError}
                  onChange={(event) => {
                    setDue(event.currentTarget.value);
                    setDueError(null);
                  }}
                />
                {dueChanged ? (
                  <Button
                    variant="default"
                    size="compact-md"
                    style={{ alignSelf: 'flex-start' }}
                    loading={change.isPending}
                    onClick={saveDue}
                  >
                    {t('staff.incidents.tasks.saveDue')}
                  </Button>
                ) : null}
              </Stack>
            </SimpleGrid>
          </div>
        ) : null}
        {change.error ? <ErrorAlert error={change.error} /> : null}
      </Stack>
    </Paper>
  );
}
