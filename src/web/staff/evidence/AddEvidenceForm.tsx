import { Button, FileInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ANALYST_ACQUISITION_METHODS } from '../../../domain/evidence/custody.schemas.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { useActiveSession } from '../auth/use-active-session.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { addIncidentEvidence, incidentEvidenceQuery } from './evidence-api.ts';

type Errors = Partial<Record<'file' | 'description' | 'method' | 'tool', string>>;

const EMPTY = { file: null as File | null, description: '', method: '', tool: '' };

/** An analyst adds a file to the incident: what it shows, how it was obtained, with what. */
export function AddEvidenceForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const csrfToken = useActiveSession()?.csrfToken ?? '';
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [added, setAdded] = useState<string | null>(null);
  const set = (patch: Partial<typeof EMPTY>) => {
    setValues((current) => ({ ...current, ...patch }));
    setAdded(null);
    add.reset();
  };
  const add = useMutation({
    mutationFn: (file: File) =>
      addIncidentEvidence(
        incidentId,
        { file, description: values.description, method: values.method, tool: values.tool },
        csrfToken,
      ),
    onSuccess: async (result) => {
      setAdded(result.items[0]?.originalName ?? null);
      setValues(EMPTY);
      await queryClient.invalidateQueries({ queryKey: incidentEvidenceQuery(incidentId).queryKey });
    },
    onError: (error) => {
      const byField = fieldErrorsOf(error);
      setErrors({
        ...(byField.description ? { description: byField.description } : {}),
        ...(byField.method ? { method: byField.method } : {}),
        ...(byField.tool ? { tool: byField.tool } : {}),
        ...(byField['file[0]'] ? { file: byField['file[0]'] } : {}),
      });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!values.file) found.file = t('staff.locker.add.fileRequired');
    if (values.description.trim().length < 3) {
      found.description = t('staff.locker.add.descriptionRequired');
    }
    if (!values.method) found.method = t('staff.locker.add.methodRequired');
    setErrors(found);
    if (Object.keys(found).length === 0 && values.file) add.mutate(values.file);
  };

  const fieldErrors = Object.keys(errors).length > 0;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-evidence-title">
      <Stack gap="sm">
        <FileInput
          label={t('staff.locker.add.file')}
          placeholder={t('staff.locker.add.filePlaceholder')}
          // Mantine's placeholder grey is too faint on white (WCAG contrast).
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          required
          clearable
          value={values.file}
          error={errors.file}
          onChange={(file) => set({ file })}
        />
        <Textarea
          label={t('staff.locker.add.description')}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={values.description}
          error={errors.description}
          onChange={(event) => set({ description: event.currentTarget.value })}
        />
        <Select
          label={t('staff.locker.add.method')}
          required
          allowDeselect={false}
          value={values.method || null}
          error={errors.method}
          onChange={(method) => set({ method: method ?? '' })}
          data={ANALYST_ACQUISITION_METHODS.map((method) => ({
            value: method,
            label: t(`staff.locker.methods.${method}`),
          }))}
        />
        <TextInput
          label={t('staff.locker.add.tool')}
          description={t('staff.locker.add.toolHint')}
          maxLength={200}
          value={values.tool}
          error={errors.tool}
          onChange={(event) => set({ tool: event.currentTarget.value })}
        />
        {add.error && !fieldErrors ? <ErrorAlert error={add.error} /> : null}
        {added ? (
          <Text fw={600} role="status">
            {t('staff.locker.add.added', { name: added })}
          </Text>
        ) : null}
        <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('staff.locker.add.submit')}
        </Button>
      </Stack>
    </form>
  );
}
