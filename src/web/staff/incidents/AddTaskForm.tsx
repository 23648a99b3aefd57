import {
  Alert,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  CreateTaskBodySchema,
  type CreateTaskBody,
} from '../../../domain/incidents/incident.schemas.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { assigneesQuery, createTask, showIncident } from './incidents-api.ts';
import { checklistFromText, fromLocalInput } from './task-form.ts';

/** The option of the assignee select that leaves the task with nobody. */
const NOBODY = '-';

const EMPTY = { title: '', assigneeId: NOBODY, due: '', checklist: '' };

/** Server errors by the form field they belong to ("checklist.3.label" → "checklist"). */
const byField = (errors: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(errors).map(([path, message]): [string, string] => [
      path.split('.')[0] ?? path,
      message,
    ]),
  );

/** A task of the analyst's own: what, who, by when, and an optional checklist. */
export function AddTaskForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const assignees = useQuery(assigneesQuery);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<typeof EMPTY>) => {
    setValues((current) => ({ ...current, ...patch }));
    add.reset();
  };

  const add = useMutation({
    mutationFn: (body: CreateTaskBody) => createTask(incidentId, body),
    onSuccess: async (updated) => {
      await showIncident(queryClient, updated);
      setValues(EMPTY);
    },
    onError: (error) => setErrors(byField(fieldErrorsOf(error))),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const dueAt = fromLocalInput(values.due);
    if (!dueAt.ok) found.dueAt = t('staff.incidents.tasks.invalidDate');
    const assignee = z.uuid().safeParse(values.assigneeId);
    const parsed = CreateTaskBodySchema.safeParse({
      title: values.title,
      assigneeId: assignee.success ? assignee.data : null,
      dueAt: dueAt.ok ? dueAt.iso : null,
      checklist: checklistFromText(values.checklist),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'title');
        found[field] =
          field === 'checklist'
            ? t('staff.incidents.tasks.checklistTooLong')
            : t('staff.incidents.tasks.titleRequired');
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    add.mutate(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-task-title">
      <Stack gap="sm">
        <TextInput
          label={t('staff.incidents.tasks.taskTitle')}
          required
          value={values.title}
          error={errors.title}
          onChange={(event) => set({ title: event.currentTarget.value })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('staff.incidents.tasks.assignee')}
            allowDeselect={false}
            searchable
            value={values.assigneeId}
            error={errors.assigneeId}
            onChange={(value) => set({ assigneeId: value ?? NOBODY })}
            data={[
              { value: NOBODY, label: t('staff.incidents.queue.unassigned') },
              ...(assignees.data ?? []).map((person) => ({ value: person.id, label: person.name })),
            ]}
          />
          <TextInput
            type="datetime-local"
            label={t('staff.incidents.tasks.dueDate')}
            description={t('staff.incidents.tasks.dueHint')}
            value={values.due}
            error={errors.dueAt}
            onChange={(event) => set({ due: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Textarea
          label={t('staff.incidents.tasks.checklistItems')}
          description={t('staff.incidents.tasks.checklistHint')}
          autosize
          minRows={2}
          value={values.checklist}
          error={errors.checklist}
          onChange={(event) => set({ checklist: event.currentTarget.value })}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('staff.incidents.tasks.submit')}
          </Button>
        </Group>
        {add.isSuccess ? (
          <Alert color="green" variant="light" role="status">
            {t('staff.incidents.tasks.added')}
          </Alert>
        ) : null}
        {add.error && Object.keys(fieldErrorsOf(add.error)).length === 0 ? (
          <ErrorAlert error={add.error} />
        ) : null}
      </Stack>
    </form>
  );
}
