import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';
import { usePhone } from './use-phone.ts';

type ConfirmDialogProps = {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  loading?: boolean;
  error?: unknown;
  /** A colour for the confirm button of an action that is hard to take back. */
  color?: string;
};

/** "Are you sure?" for a change that reaches outside the page or undoes work. */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  loading = false,
  error = null,
  color,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  return (
    <Modal fullScreen={phone} opened={opened} onClose={onClose} title={title}>
      <Stack gap="md">
        {children}
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('staff.incidents.common.cancel')}
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
