import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ObservableDecisionBodySchema,
  ObservableTypeSchema,
  type ObservableDecisionBody,
} from '../../../domain/observables/observable.schemas.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { decideObservable, showIncident } from './incidents-api.ts';

/** An indicator the reports did not name: its type and value, confirmed as it is added. */
export function AddObservableForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [type, setType] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const add = useMutation({
    mutationFn: (body: ObservableDecisionBody) => decideObservable(incidentId, body),
    onSuccess: async (updated) => {
      await showIncident(queryClient, updated);
      setValue('');
    },
    onError: (error) => setErrors(fieldErrorsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.reset();
    const parsed = ObservableDecisionBodySchema.safeParse({ type, value, decision: 'confirmed' });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'value');
        found[field] =
          field === 'type'
            ? t('staff.incidents.indicators.typeRequired')
            : t('staff.incidents.indicators.valueRequired');
      }
      return setErrors(found);
    }
    setErrors({});
    add.mutate(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-observable-title">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('staff.observables.type')}
            required
            searchable
            value={type}
            onChange={(next) => {
              setType(next);
              setErrors(({ type: _type, ...rest }) => rest);
            }}
            error={errors.type}
            data={ObservableTypeSchema.options.map((option) => ({
              value: option,
              label: t(`staff.observables.types.${option}`),
            }))}
          />
          <TextInput
            label={t('staff.observables.value')}
            required
            value={value}
            error={errors.value}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              setErrors(({ value: _value, ...rest }) => rest);
            }}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="default" loading={add.isPending}>
            {t('staff.incidents.indicators.submit')}
          </Button>
        </Group>
        {add.error && Object.keys(fieldErrorsOf(add.error)).length === 0 ? (
          <ErrorAlert error={add.error} />
        ) : null}
      </Stack>
    </form>
  );
}
