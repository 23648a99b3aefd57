import {
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Playbook, PlaybookBody } from '../../../domain/incidents/playbooks.ts';
import { LocalSubtypeSchema } from '../../../domain/taxonomy/local-subtypes.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { subtypeLabel } from '../incidents/labels.ts';
import { playbooksQuery, savePlaybook } from './admin-api.ts';
import {
  emptyItem,
  emptyTask,
  move,
  playbookBodyFrom,
  playbookFormValues,
  type PlaybookFormValues,
  type Problem,
  type TaskValues,
} from './playbook-form.ts';

type PlaybookEditorProps = { playbook: Playbook };

/**
 * One playbook: its title and sub-types, and its tasks in order, each with a title, a due
 * time and a checklist, every text in English and Khmer. Tasks can be added, removed and
 * moved; nothing is saved until the form is sent.
 */
export function PlaybookEditor({ playbook }: PlaybookEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<PlaybookFormValues>(() => playbookFormValues(playbook));
  const [problems, setProblems] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: (body: PlaybookBody) => savePlaybook(playbook.id, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(playbooksQuery.queryKey, (list) =>
        list?.map((entry) => (entry.id === saved.id ? saved : entry)),
      );
      setValues(playbookFormValues(saved));
      // The playbooks offered on incident pages may have changed.
      await queryClient.invalidateQueries({ queryKey: ['incidents', 'detail'] });
    },
    onError: (error) => setProblems(fieldErrorsOf(error)),
  });

  const problemText = (problem: Problem): string => {
    switch (problem) {
      case 'required':
        return t('errors.required');
      case 'tooLong':
        return t('errors.tooLong');
      case 'hours':
        return t('staff.admin.playbooks.hoursInvalid');
      case 'atLeastOneTask':
        return t('staff.admin.playbooks.atLeastOneTask');
      case 'invalid':
        return t('errors.invalidField');
    }
  };

  const change = (patch: Partial<PlaybookFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    save.reset();
  };
  const changeTask = (index: number, patch: Partial<TaskValues>) =>
    change({
      tasks: values.tasks.map((task, at) => (at === index ? { ...task, ...patch } : task)),
    });
  // Problems are keyed by position: after a move or a removal they no longer apply.
  const reshape = (tasks: TaskValues[]) => {
    setProblems({});
    change({ tasks });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    const result = playbookBodyFrom(values);
    setProblems(
      Object.fromEntries(
        Object.entries(result.problems).map(([path, problem]) => [path, problemText(problem)]),
      ),
    );
    if (result.body) save.mutate(result.body);
  };

  const error = (path: string) => problems[path];
  const count = values.tasks.length;

  return (
    <form onSubmit={submit} noValidate aria-label={playbook.title[language]}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('staff.admin.playbooks.titleEn')}
            lang="en"
            required
            value={values.titleEn}
            error={error('title.en')}
            onChange={(event) => change({ titleEn: event.currentTarget.value })}
          />
          <TextInput
            label={t('staff.admin.playbooks.titleKm')}
            lang="km"
            required
            value={values.titleKm}
            error={error('title.km')}
            onChange={(event) => change({ titleKm: event.currentTarget.value })}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('staff.admin.playbooks.appliesTo')}
          description={t('staff.admin.playbooks.appliesHint')}
          searchable
          value={values.appliesTo}
          error={error('appliesTo')}
          onChange={(picked) =>
            change({ appliesTo: LocalSubtypeSchema.array().catch([]).parse(picked) })
          }
          data={LocalSubtypeSchema.options.map((subtype) => ({
            value: subtype,
            label: subtypeLabel(subtype, language),
          }))}
        />
        <Title order={2} size="h3">
          {t('staff.admin.playbooks.tasks')}
        </Title>
        {error('tasks') ? (
          <Alert color="red" variant="light" role="alert">
            {error('tasks')}
          </Alert>
        ) : null}
        <Stack gap="md" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {values.tasks.map((task, index) => {
            const number = index + 1;
            const at = `tasks.${index}`;
            return (
              <li key={task.key}>
                <Fieldset
                  legend={t('staff.admin.playbooks.task', { number })}
                  data-testid="playbook-task"
                >
                  <Stack gap="sm">
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                      <Textarea
                        autosize
                        minRows={1}
                        label={t('staff.admin.playbooks.titleEn')}
                        lang="en"
                        required
                        value={task.titleEn}
                        error={error(`${at}.title.en`)}
                        onChange={(event) =>
                          changeTask(index, { titleEn: event.currentTarget.value })
                        }
                      />
                      <Textarea
                        autosize
                        minRows={1}
                        label={t('staff.admin.playbooks.titleKm')}
                        lang="km"
                        required
                        value={task.titleKm}
                        error={error(`${at}.title.km`)}
                        onChange={(event) =>
                          changeTask(index, { titleKm: event.currentTarget.value })
                        }
                      />
                    </SimpleGrid>
                    <TextInput
                      label={t('staff.admin.playbooks.dueWithinHours')}
                      description={t('staff.admin.playbooks.dueHint')}
                      inputMode="numeric"
                      required
                      maw={320}
                      value={task.hours}
                      error={error(`${at}.dueWithinHours`)}
                      onChange={(event) => changeTask(index, { hours: event.currentTarget.value })}
                    />
                    <ChecklistFields
                      task={task}
                      error={(item, part) => error(`${at}.checklist.${item}.${part}`)}
                      onChange={(checklist) => changeTask(index, { checklist })}
                      onReshape={(checklist) => {
                        setProblems({});
                        changeTask(index, { checklist });
                      }}
                    />
                    <Group gap="xs" wrap="wrap">
                      <Button
                        variant="default"
                        size="compact-md"
                        disabled={index === 0}
                        onClick={() => reshape(move(values.tasks, index, -1))}
                        aria-label={t('staff.admin.playbooks.moveUp', { number })}
                      >
                        ↑ {t('staff.admin.playbooks.up')}
                      </Button>
                      <Button
                        variant="default"
                        size="compact-md"
                        disabled={index === count - 1}
                        onClick={() => reshape(move(values.tasks, index, 1))}
                        aria-label={t('staff.admin.playbooks.moveDown', { number })}
                      >
                        ↓ {t('staff.admin.playbooks.down')}
                      </Button>
                      <Button
                        variant="outline"
                        color="red.9"
                        size="compact-md"
                        onClick={() => reshape(values.tasks.filter((_, at2) => at2 !== index))}
                        aria-label={t('staff.admin.playbooks.removeTask', { number })}
                      >
                        {t('staff.admin.playbooks.remove')}
                      </Button>
                    </Group>
                  </Stack>
                </Fieldset>
              </li>
            );
          })}
        </Stack>
        <Group>
          <Button
            variant="default"
            onClick={() => change({ tasks: [...values.tasks, emptyTask()] })}
            disabled={count >= 30}
          >
            {t('staff.admin.playbooks.addTask')}
          </Button>
        </Group>
        <Paper withBorder p="sm" radius="md" bg="gray.0">
          <Stack gap="sm">
            {Object.keys(problems).length > 0 ? (
              <Alert color="red" variant="light" role="alert">
                {t('staff.admin.playbooks.fixProblems')}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('staff.admin.playbooks.save')}
              </Button>
            </Group>
            {save.isSuccess ? (
              <Alert color="green" variant="light" role="status">
                {t('staff.admin.playbooks.saved')}
              </Alert>
            ) : null}
            {save.error && Object.keys(fieldErrorsOf(save.error)).length === 0 ? (
              <ErrorAlert error={save.error} />
            ) : null}
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}

type ChecklistFieldsProps = {
  task: TaskValues;
  error: (item: number, part: 'en' | 'km') => string | undefined;
  onChange: (checklist: TaskValues['checklist']) => void;
  /** Items added or removed: the problems keyed by position are cleared. */
  onReshape: (checklist: TaskValues['checklist']) => void;
};

/** The checklist of a task: each item in both languages, removable, and a button to add one. */
function ChecklistFields({ task, error, onChange, onReshape }: ChecklistFieldsProps) {
  const { t } = useTranslation();
  const { checklist } = task;
  const setItem = (index: number, patch: { en?: string; km?: string }) =>
    onChange(checklist.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  return (
    <Fieldset legend={t('staff.admin.playbooks.checklist')}>
      <Stack gap="sm">
        {checklist.length === 0 ? (
          <Text size="sm">{t('staff.admin.playbooks.noItems')}</Text>
        ) : null}
        {checklist.map((item, index) => {
          const number = index + 1;
          return (
            <Stack key={item.key} gap={6}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Textarea
                  autosize
                  minRows={1}
                  label={t('staff.admin.playbooks.itemEn', { number })}
                  lang="en"
                  required
                  value={item.en}
                  error={error(index, 'en')}
                  onChange={(event) => setItem(index, { en: event.currentTarget.value })}
                />
                <Textarea
                  autosize
                  minRows={1}
                  label={t('staff.admin.playbooks.itemKm', { number })}
                  lang="km"
                  required
                  value={item.km}
                  error={error(index, 'km')}
                  onChange={(event) => setItem(index, { km: event.currentTarget.value })}
                />
              </SimpleGrid>
              <Button
                variant="outline"
                color="red.9"
                size="compact-sm"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => onReshape(checklist.filter((_, at) => at !== index))}
              >
                {t('staff.admin.playbooks.removeItem', { number })}
              </Button>
            </Stack>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="compact-md"
            disabled={checklist.length >= 20}
            onClick={() => onReshape([...checklist, emptyItem()])}
          >
            {t('staff.admin.playbooks.addItem')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
