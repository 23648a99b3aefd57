import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { AddTaskForm } from './AddTaskForm.tsx';
import { runPlaybook, showIncident } from './incidents-api.ts';
import { TaskItem } from './TaskItem.tsx';

type TasksPanelProps = { incident: IncidentDetail; canEdit: boolean };

/**
 * What is to be done on the incident: the playbooks offered for its sub-type, the tasks
 * with their checklists, and a form to add one.
 */
export function TasksPanel({ incident, canEdit }: TasksPanelProps) {
  const { t } = useTranslation();
  const { tasks } = incident;
  const done = tasks.filter((task) => task.status === 'done').length;
  return (
    <Stack gap="md">
      {canEdit && incident.playbooks.length > 0 ? <PlaybookOffers incident={incident} /> : null}
      {tasks.length === 0 ? (
        <Text>{t('staff.incidents.tasks.empty')}</Text>
      ) : (
        <>
          <Text size="sm" data-testid="task-progress">
            {t('staff.incidents.tasks.progress', { done, total: tasks.length })}
          </Text>
          <Stack
            component="ul"
            gap="sm"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            data-testid="tasks"
          >
            {tasks.map((task) => (
              <TaskItem key={task.id} incidentId={incident.id} task={task} canEdit={canEdit} />
            ))}
          </Stack>
        </>
      )}
      {canEdit ? (
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="xs" id="add-task-title">
            {t('staff.incidents.tasks.addTitle')}
          </Title>
          <AddTaskForm incidentId={incident.id} />
        </Paper>
      ) : null}
    </Stack>
  );
}

/** The playbooks for this sub-type that have not run yet, each with its button. */
function PlaybookOffers({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: (playbookId: string) => runPlaybook(incident.id, playbookId),
    onSuccess: (updated) => showIncident(queryClient, updated),
  });
  return (
    <Paper withBorder p="md" radius="md" bg="blue.0" data-testid="playbooks">
      <Title order={3} size="h4" mb={4}>
        {t('staff.incidents.tasks.playbooksTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('staff.incidents.tasks.playbooksHint')}
      </Text>
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {incident.playbooks.map((playbook) => (
          <Group component="li" key={playbook.id} justify="space-between" gap="xs" wrap="wrap">
            <Text fw={600}>{playbook.title[language]}</Text>
            <Button
              size="sm"
              loading={run.isPending && run.variables === playbook.id}
              disabled={run.isPending}
              onClick={() => run.mutate(playbook.id)}
              aria-label={t('staff.incidents.tasks.runNamed', {
                title: playbook.title[language],
              })}
            >
              {t('staff.incidents.tasks.run')}
            </Button>
          </Group>
        ))}
      </Stack>
      {run.error ? (
        <Stack mt="sm">
          <ErrorAlert error={run.error} />
        </Stack>
      ) : null}
    </Paper>
  );
}
