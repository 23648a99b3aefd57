import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CustodyReasonSchema } from '../../../domain/evidence/custody.schemas.ts';
import type { EvidenceItem } from '../../../domain/evidence/evidence.schemas.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePhone } from '../components/use-phone.ts';
import { showEvidence, takeEvidenceAction, type LockerAction } from './evidence-api.ts';

type CustodyActionDialogProps = {
  item: EvidenceItem;
  action: LockerAction;
  onClose: () => void;
};

/**
 * Asks for the reason an action on evidence needs (and, for a transfer, who receives the
 * item); the reason goes into the chain of custody and the audit log.
 */
export function CustodyActionDialog({ item, action, onClose }: CustodyActionDialogProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; to?: string }>({});
  const take = useMutation({
    mutationFn: () =>
      takeEvidenceAction(item.id, action, {
        reason: reason.trim(),
        ...(action === 'transfer' ? { to: to.trim() } : {}),
      }),
    onSuccess: async (detail) => {
      await showEvidence(queryClient, detail);
      onClose();
    },
  });
  const refusal = fieldErrorsOf(take.error).state;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: { reason?: string; to?: string } = {};
    if (!CustodyReasonSchema.safeParse(reason).success) {
      found.reason = t('staff.locker.dialog.reasonRequired');
    }
    if (action === 'transfer' && to.trim().length < 2)
      found.to = t('staff.locker.dialog.toRequired');
    setErrors(found);
    if (Object.keys(found).length === 0) take.mutate();
  };

  return (
    <Modal
      opened
      fullScreen={phone}
      onClose={onClose}
      title={t(`staff.locker.dialog.titles.${action}`, { name: item.originalName })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t(`staff.locker.dialog.explain.${action}`)}</Text>
          {action === 'transfer' ? (
            <TextInput
              label={t('staff.locker.dialog.to')}
              description={t('staff.locker.dialog.toHint')}
              required
              value={to}
              error={errors.to}
              maxLength={200}
              onChange={(event) => setTo(event.currentTarget.value)}
            />
          ) : null}
          <Textarea
            label={t('staff.locker.dialog.reason')}
            description={t('staff.locker.dialog.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            error={errors.reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          {refusal ? (
            <Text c="red.8" role="alert">
              {refusal}
            </Text>
          ) : take.error ? (
            <ErrorAlert error={take.error} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('staff.incidents.common.cancel')}
            </Button>
            <Button
              type="submit"
              color={action === 'destroy' ? 'red' : undefined}
              loading={take.isPending}
            >
              {t(`staff.locker.dialog.confirm.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
