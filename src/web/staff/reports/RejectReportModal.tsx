import { Alert, Button, Group, Modal, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RejectReportBodySchema,
  type RejectReportBody,
} from '../../../domain/incidents/incident.schemas.ts';
import { REJECTION_MESSAGES } from '../../../domain/reports/rejection.ts';
import type { ReportDetail } from '../../../domain/reports/report.schemas.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { rejectReport } from '../incidents/incidents-api.ts';
import { reportDetailQuery } from './reports-api.ts';
import { usePhone } from '../components/use-phone.ts';

type Reason = RejectReportBody['reason'];

type RejectReportModalProps = { report: ReportDetail; opened: boolean; onClose: () => void };

const REASONS = RejectReportBodySchema.shape.reason.options;

/**
 * Closes a report the CERT will not take up. The reporter reads the standard explanation
 * for the reason, in the language they wrote in, with the analyst's note after it: both
 * are shown here before sending.
 */
export function RejectReportModal({ report, opened, onClose }: RejectReportModalProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<Reason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();

  const reject = useMutation({
    mutationFn: (body: RejectReportBody) => rejectReport(report.id, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reportDetailQuery(report.id).queryKey }),
        queryClient.invalidateQueries({ queryKey: ['reports'] }),
      ]);
      onClose();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = RejectReportBodySchema.safeParse({ reason, note });
    if (!parsed.success) return setError(t('staff.reject.reasonRequired'));
    setError(undefined);
    reject.mutate(parsed.data);
  };

  return (
    <Modal
      fullScreen={phone}
      opened={opened}
      onClose={onClose}
      title={t('staff.reject.title')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('staff.reject.intro')}</Text>
          <Select
            label={t('staff.reject.reason')}
            placeholder={t('staff.incidents.close.choose')}
            required
            allowDeselect={false}
            value={reason}
            error={error}
            onChange={(value) => setReason(REASONS.find((option) => option === value) ?? null)}
            data={REASONS.map((option) => ({
              value: option,
              label: t(`staff.reject.reasons.${option}`),
            }))}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t('staff.reject.note')}
            description={t('staff.reject.noteHint')}
            autosize
            minRows={2}
            value={note}
            lang={report.language}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {reason ? (
            <Alert color="orange" variant="light" title={t('staff.reject.preview')}>
              <Paper p="xs" radius="sm" bg="white">
                <Text size="sm" lang={report.language} style={{ whiteSpace: 'pre-wrap' }}>
                  {REJECTION_MESSAGES[reason][report.language]}
                  {note.trim() ? `\n\n${note.trim()}` : ''}
                </Text>
              </Paper>
            </Alert>
          ) : null}
          {reject.error ? <ErrorAlert error={reject.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('staff.incidents.common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={reject.isPending}>
              {t('staff.reject.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
