import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import { ProvinceCodeSchema } from '../../../domain/incidents/provinces.ts';
import {
  ActorTypeSchema,
  ImpactLevelSchema,
  SeveritySchema,
  TargetSectorSchema,
} from '../../../domain/incidents/severity.ts';
import { CurrencySchema } from '../../../domain/reports/report-details.ts';
import { PapSchema, TlpSchema } from '../../../domain/sharing/tlp.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ClassificationFields } from './ClassificationFields.tsx';
import {
  changesOf,
  formFieldOf,
  formValuesOf,
  mergeChanged,
  type IncidentFormValues,
} from './incident-form.ts';
import { assigneesQuery, showIncident, updateIncident } from './incidents-api.ts';
import { provinceLabel } from './labels.ts';
import { SeverityBadge } from './SeverityBadge.tsx';

/** The option of a select that leaves a field empty. */
const UNSET = '-';

type IncidentEditFormProps = { incident: IncidentDetail };

/**
 * Everything an analyst records about an incident, in one form. Saving sends only what
 * changed; the server recomputes the severity from impact, sector and victims.
 */
export function IncidentEditForm({ incident }: IncidentEditFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const assignees = useQuery(assigneesQuery);
  const [values, setValues] = useState<IncidentFormValues>(() => formValuesOf(incident));
  // When the incident changes under the form (a suggestion applied, another analyst's save),
  // the fields the server changed take its values; what the analyst is typing elsewhere stays.
  const fresh = formValuesOf(incident);
  const [base, setBase] = useState(fresh);
  if (JSON.stringify(base) !== JSON.stringify(fresh)) {
    setBase(fresh);
    setValues((current) => mergeChanged(current, base, fresh));
  }
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [unchanged, setUnchanged] = useState(false);
  const set = (patch: Partial<IncidentFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setUnchanged(false);
    save.reset();
  };

  const save = useMutation({
    mutationFn: (body: Parameters<typeof updateIncident>[1]) => updateIncident(incident.id, body),
    onSuccess: (updated) => showIncident(queryClient, updated),
    onError: (error) => {
      const byField: Record<string, string> = {};
      for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
        byField[formFieldOf(path)] = message;
      }
      setProblems(byField);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { body, problems: found } = changesOf(incident, values);
    setProblems(Object.fromEntries(Object.entries(found).map(([f, p]) => [f, t(`errors.${p}`)])));
    if (Object.keys(found).length > 0) return;
    if (!body) return setUnchanged(true);
    save.mutate(body);
  };

  const options = <T extends string>(list: readonly T[], label: (value: T) => string) =>
    list.map((value) => ({ value, label: label(value) }));
  const nullable = <T extends string>(list: readonly T[], label: (value: T) => string) => [
    { value: UNSET, label: t('staff.incidents.form.notSet') },
    ...options(list, label),
  ];
  /** A select's value as the schema reads it; "not set" and anything unknown are null. */
  const orNull =
    <T,>(schema: z.ZodType<T>) =>
    (value: string | null): T | null => {
      const parsed = schema.safeParse(value);
      return parsed.success ? parsed.data : null;
    };
  const impactLevels = options(ImpactLevelSchema.options, (level) =>
    t(`staff.incidents.impactLevels.${level}`),
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="incident-edit-title">
      <Stack gap="md">
        <TextInput
          label={t('staff.incidents.fields.title')}
          required
          value={values.title}
          onChange={(event) => set({ title: event.currentTarget.value })}
          error={problems.title}
        />
        <Textarea
          label={t('staff.incidents.fields.summary')}
          description={t('staff.incidents.form.summaryHint')}
          autosize
          minRows={3}
          value={values.summary}
          onChange={(event) => set({ summary: event.currentTarget.value })}
          error={problems.summary}
        />
        <Fieldset legend={t('staff.incidents.form.classification')}>
          <ClassificationFields values={values} set={set} errors={problems} />
        </Fieldset>
        <Fieldset legend={t('staff.incidents.form.impact')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {(['confidentiality', 'integrity', 'availability'] as const).map((part) => (
              <Select
                key={part}
                label={t(`staff.incidents.fields.${part}`)}
                allowDeselect={false}
                value={values[part]}
                onChange={(value) => set({ [part]: ImpactLevelSchema.catch('none').parse(value) })}
                data={impactLevels}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('staff.incidents.form.context')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('staff.incidents.fields.actorType')}
              allowDeselect={false}
              value={values.actorType ?? UNSET}
              onChange={(value) => set({ actorType: orNull(ActorTypeSchema)(value) })}
              data={nullable(ActorTypeSchema.options, (actor) =>
                t(`staff.incidents.actors.${actor}`),
              )}
            />
            <Select
              label={t('staff.incidents.fields.targetSector')}
              allowDeselect={false}
              value={values.targetSector ?? UNSET}
              onChange={(value) => set({ targetSector: orNull(TargetSectorSchema)(value) })}
              data={nullable(TargetSectorSchema.options, (sector) =>
                t(`staff.incidents.sectors.${sector}`),
              )}
            />
            <Select
              label={t('staff.incidents.fields.province')}
              allowDeselect={false}
              searchable
              value={values.province ?? UNSET}
              onChange={(value) => set({ province: orNull(ProvinceCodeSchema)(value) })}
              data={nullable(ProvinceCodeSchema.options, (code) => provinceLabel(code, language))}
            />
            <TextInput
              label={t('staff.incidents.fields.victimCount')}
              description={t('staff.incidents.form.victimHint')}
              inputMode="numeric"
              value={values.victimCount}
              onChange={(event) => set({ victimCount: event.currentTarget.value })}
              error={problems.victimCount}
            />
            <TextInput
              label={t('staff.incidents.fields.financialLoss')}
              description={t('staff.incidents.form.lossHint')}
              inputMode="decimal"
              value={values.lossAmount}
              onChange={(event) => set({ lossAmount: event.currentTarget.value })}
              error={problems.lossAmount}
            />
            <Select
              label={t('staff.incidents.fields.currency')}
              allowDeselect={false}
              value={values.lossCurrency}
              onChange={(value) => set({ lossCurrency: CurrencySchema.catch('USD').parse(value) })}
              data={options(CurrencySchema.options, (currency) =>
                t(`details.options.currency.${currency}`),
              )}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('staff.incidents.form.handling')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('staff.incidents.fields.assignee')}
              allowDeselect={false}
              searchable
              value={values.assigneeId ?? UNSET}
              onChange={(value) => set({ assigneeId: orNull(z.uuid())(value) })}
              data={[
                { value: UNSET, label: t('staff.incidents.queue.unassigned') },
                ...(assignees.data ?? []).map((person) => ({
                  value: person.id,
                  label: person.name,
                })),
              ]}
            />
            <Select
              label={t('staff.incidents.fields.tlp')}
              description={t('staff.incidents.form.tlpHint')}
              allowDeselect={false}
              value={values.tlp}
              onChange={(value) => set({ tlp: TlpSchema.catch(values.tlp).parse(value) })}
              data={options(TlpSchema.options, (tlp) => `TLP:${tlp}`)}
            />
            <Select
              label={t('staff.incidents.fields.pap')}
              description={t('staff.incidents.form.papHint')}
              allowDeselect={false}
              value={values.pap}
              onChange={(value) => set({ pap: PapSchema.catch(values.pap).parse(value) })}
              data={options(PapSchema.options, (pap) => `PAP:${pap}`)}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('staff.incidents.form.severity')}>
          <Stack gap="sm">
            <Group gap="xs">
              <Text size="sm">{t('staff.incidents.form.computed')}</Text>
              <SeverityBadge severity={incident.severityComputed} />
            </Group>
            <Checkbox
              label={t('staff.incidents.form.override')}
              description={t('staff.incidents.form.overrideHint')}
              checked={values.override}
              onChange={(event) => set({ override: event.currentTarget.checked })}
            />
            {values.override ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('staff.incidents.form.overrideSeverity')}
                  allowDeselect={false}
                  value={values.overrideSeverity}
                  onChange={(value) =>
                    set({ overrideSeverity: SeveritySchema.catch('medium').parse(value) })
                  }
                  data={options(SeveritySchema.options, (severity) =>
                    t(`staff.incidents.severity.${severity}`),
                  )}
                />
                <Textarea
                  label={t('staff.incidents.form.overrideReason')}
                  required
                  autosize
                  minRows={2}
                  value={values.overrideReason}
                  onChange={(event) => set({ overrideReason: event.currentTarget.value })}
                  error={problems.overrideReason}
                />
              </SimpleGrid>
            ) : null}
          </Stack>
        </Fieldset>
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('staff.incidents.form.save')}
          </Button>
        </Group>
        {unchanged ? (
          <Alert color="gray" variant="light" role="status">
            {t('staff.incidents.form.unchanged')}
          </Alert>
        ) : null}
        {save.isSuccess ? (
          <Alert color="green" variant="light" role="status">
            {t('staff.incidents.form.saved')}
          </Alert>
        ) : null}
        {save.error ? <ErrorAlert error={save.error} /> : null}
      </Stack>
    </form>
  );
}
