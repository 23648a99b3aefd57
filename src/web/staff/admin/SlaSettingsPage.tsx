import {
  Alert,
  Button,
  Fieldset,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SeveritySchema } from '../../../domain/incidents/severity.ts';
import type { SlaTargets } from '../../../domain/incidents/sla.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { useCan } from '../auth/use-active-session.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NoAccess } from '../components/NoAccess.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { saveSlaTargets, slaTargetsQuery } from './admin-api.ts';
import {
  MILESTONE_OF,
  SLA_FIELDS,
  inHours,
  readMinutes,
  slaFormValues,
  slaTargetsFrom,
  type SlaFormValues,
} from './sla-form.ts';

/** The SLA targets of each severity, for whoever manages the settings. */
export function SlaSettingsPage() {
  const { t } = useTranslation();
  const canManage = useCan('settings:manage');
  const targets = useQuery({ ...slaTargetsQuery, enabled: canManage });
  const title = t('staff.admin.sla.title');
  useDocumentTitle(title);
  if (!canManage) return <NoAccess area="settings" />;
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{t('staff.admin.sla.intro')}</Text>
      {targets.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {targets.error ? <ErrorAlert error={targets.error} /> : null}
      {targets.data ? <SlaTargetsForm targets={targets.data} /> : null}
    </Stack>
  );
}

function SlaTargetsForm({ targets }: { targets: SlaTargets }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<SlaFormValues>(() => slaFormValues(targets));
  const [problems, setProblems] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: saveSlaTargets,
    onSuccess: async (saved) => {
      queryClient.setQueryData(slaTargetsQuery.queryKey, saved);
      setValues(slaFormValues(saved));
      // Every incident's SLA is measured against the new targets.
      await queryClient.invalidateQueries({ queryKey: ['incidents'] });
    },
    onError: (error) => setProblems(fieldErrorsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    const result = slaTargetsFrom(values);
    setProblems(
      Object.fromEntries(result.problems.map((path) => [path, t('staff.admin.sla.invalid')])),
    );
    if (result.targets) save.mutate(result.targets);
  };

  const hint = (typed: string) => {
    const minutes = readMinutes(typed);
    if (minutes === null || minutes < 1) return undefined;
    const { hours, days } = inHours(minutes);
    return days === null
      ? t('staff.admin.sla.hours', { hours })
      : t('staff.admin.sla.days', { hours, days });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('staff.admin.sla.title')}>
      <Stack gap="md">
        {SeveritySchema.options.map((severity) => (
          <Fieldset
            key={severity}
            legend={t('staff.admin.sla.severity', {
              severity: t(`staff.incidents.severity.${severity}`),
            })}
            data-testid={`sla-${severity}`}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {SLA_FIELDS.map((field) => (
                <TextInput
                  key={field}
                  label={t('staff.admin.sla.minutes', {
                    milestone: t(`staff.incidents.sla.milestones.${MILESTONE_OF[field]}`),
                  })}
                  inputMode="numeric"
                  required
                  value={values[severity][field]}
                  description={hint(values[severity][field])}
                  error={problems[`${severity}.${field}`]}
                  onChange={(event) => {
                    const typed = event.currentTarget.value;
                    setValues((current) => ({
                      ...current,
                      [severity]: { ...current[severity], [field]: typed },
                    }));
                    save.reset();
                  }}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        ))}
        {Object.keys(problems).length > 0 ? (
          <Alert color="red" variant="light" role="alert">
            {t('staff.admin.sla.fixProblems')}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('staff.admin.sla.save')}
          </Button>
        </Group>
        {save.isSuccess ? (
          <Alert color="green" variant="light" role="status">
            {t('staff.admin.sla.saved')}
          </Alert>
        ) : null}
        {save.error && Object.keys(fieldErrorsOf(save.error)).length === 0 ? (
          <ErrorAlert error={save.error} />
        ) : null}
      </Stack>
    </form>
  );
}
