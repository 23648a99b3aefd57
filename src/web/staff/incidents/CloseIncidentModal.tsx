import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DispositionSchema,
  checkTransition,
  type Disposition,
  type IncidentStatus,
} from '../../../domain/incidents/lifecycle.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { showIncident, transitionIncident } from './incidents-api.ts';
import { dispositionGroup, dispositionGroupLabel, dispositionLabel } from './labels.ts';
import { usePhone } from '../components/use-phone.ts';

type CloseIncidentModalProps = {
  incidentId: string;
  from: IncidentStatus;
  opened: boolean;
  onClose: () => void;
};

/** The dispositions of the MISP taxonomy, grouped: incident, not an incident, duplicate. */
function dispositionOptions(t: Parameters<typeof dispositionLabel>[0]) {
  const groups = new Map<string, { value: Disposition; label: string }[]>();
  for (const disposition of DispositionSchema.options) {
    const group = dispositionGroup(disposition);
    const items = groups.get(group) ?? [];
    items.push({ value: disposition, label: dispositionLabel(t, disposition) });
    groups.set(group, items);
  }
  return [...groups].map(([group, items]) => ({
    group: dispositionGroupLabel(t, group),
    items,
  }));
}

/** Closing needs how the case ended and what was done; both are checked before sending. */
export function CloseIncidentModal({ incidentId, from, opened, onClose }: CloseIncidentModalProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const queryClient = useQueryClient();
  const [disposition, setDisposition] = useState<Disposition | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const close = useMutation({
    mutationFn: () =>
      transitionIncident(incidentId, {
        to: 'closed',
        disposition: disposition ?? undefined,
        resolutionNote: note,
      }),
    onSuccess: async (updated) => {
      await showIncident(queryClient, updated);
      setDisposition(null);
      setNote('');
      onClose();
    },
    onError: (error) => setErrors(fieldErrorsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkTransition(from, {
      to: 'closed',
      disposition: disposition ?? undefined,
      resolutionNote: note,
    });
    if (!check.ok && check.problem === 'disposition_required') {
      return setErrors({ disposition: t('staff.incidents.close.dispositionRequired') });
    }
    if (!check.ok && check.problem === 'resolution_note_required') {
      return setErrors({ resolutionNote: t('staff.incidents.close.noteRequired') });
    }
    setErrors({});
    close.mutate();
  };

  return (
    <Modal
      fullScreen={phone}
      opened={opened}
      onClose={onClose}
      title={t('staff.incidents.close.title')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('staff.incidents.close.intro')}</Text>
          <Select
            label={t('staff.incidents.close.disposition')}
            description={t('staff.incidents.close.dispositionHint')}
            placeholder={t('staff.incidents.close.choose')}
            required
            data={dispositionOptions(t)}
            value={disposition}
            onChange={(value) => {
              setDisposition(DispositionSchema.nullable().catch(null).parse(value));
              setErrors(({ disposition: _, ...rest }) => rest);
            }}
            error={errors.disposition}
            comboboxProps={{ withinPortal: true }}
            maxDropdownHeight={320}
          />
          <Textarea
            label={t('staff.incidents.close.note')}
            description={t('staff.incidents.close.noteHint')}
            required
            autosize
            minRows={3}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setErrors(({ resolutionNote: _, ...rest }) => rest);
            }}
            error={errors.resolutionNote}
          />
          {close.error && Object.keys(fieldErrorsOf(close.error)).length === 0 ? (
            <ErrorAlert error={close.error} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('staff.incidents.common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={close.isPending}>
              {t('staff.incidents.close.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
