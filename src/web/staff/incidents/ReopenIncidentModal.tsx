import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkTransition, type IncidentStatus } from '../../../domain/incidents/lifecycle.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { showIncident, transitionIncident } from './incidents-api.ts';
import { usePhone } from '../components/use-phone.ts';

type ReopenIncidentModalProps = {
  incidentId: string;
  from: IncidentStatus;
  opened: boolean;
  onClose: () => void;
};

/** A finished case comes back to work only with a reason, which the timeline keeps. */
export function ReopenIncidentModal({
  incidentId,
  from,
  opened,
  onClose,
}: ReopenIncidentModalProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  const reopen = useMutation({
    mutationFn: () => transitionIncident(incidentId, { to: 'in_progress', reason }),
    onSuccess: async (updated) => {
      await showIncident(queryClient, updated);
      setReason('');
      onClose();
    },
    onError: (failure) => setError(fieldErrorsOf(failure).reason),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkTransition(from, { to: 'in_progress', reason });
    if (!check.ok && check.problem === 'reason_required') {
      return setError(t('staff.incidents.reopen.reasonRequired'));
    }
    setError(undefined);
    reopen.mutate();
  };

  return (
    <Modal
      fullScreen={phone}
      opened={opened}
      onClose={onClose}
      title={t('staff.incidents.reopen.title')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('staff.incidents.reopen.intro')}</Text>
          <Textarea
            label={t('staff.incidents.reopen.reason')}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
          />
          {reopen.error && !fieldErrorsOf(reopen.error).reason ? (
            <ErrorAlert error={reopen.error} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('staff.incidents.common.cancel')}
            </Button>
            <Button type="submit" loading={reopen.isPending}>
              {t('staff.incidents.reopen.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
