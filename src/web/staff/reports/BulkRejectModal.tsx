import { Alert, Button, Group, Modal, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RejectReportBodySchema,
  type BulkResult,
  type RejectReportBody,
} from '../../../domain/incidents/incident.schemas.ts';
import { LanguageSchema } from '../../../domain/language.ts';
import { REJECTION_MESSAGES } from '../../../domain/reports/rejection.ts';
import type { ReportSummary } from '../../../domain/reports/report.schemas.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePhone } from '../components/use-phone.ts';
import { bulkRejectReports } from './reports-api.ts';

type Reason = RejectReportBody['reason'];

type BulkRejectModalProps = {
  reports: ReportSummary[];
  opened: boolean;
  onClose: () => void;
  onDone: (results: BulkResult['results']) => void;
};

const REASONS = RejectReportBodySchema.shape.reason.options;

/**
 * Closes several reports for one reason. Each reporter reads the standard explanation in
 * the language they wrote in: the dialog shows it once for each language among the reports,
 * with how many reporters will read it.
 */
export function BulkRejectModal({ reports, opened, onClose, onDone }: BulkRejectModalProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [reason, setReason] = useState<Reason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const languages = LanguageSchema.options
    .map((language) => ({
      language,
      count: reports.filter((report) => report.language === language).length,
    }))
    .filter((entry) => entry.count > 0);

  const close = () => {
    setReason(null);
    setNote('');
    setError(undefined);
    reject.reset();
    onClose();
  };
  const reject = useMutation({
    mutationFn: (body: RejectReportBody) =>
      bulkRejectReports({ ...body, reportIds: reports.map((report) => report.id) }),
    onSuccess: (answer) => {
      onDone(answer.results);
      close();
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
      onClose={close}
      title={t('staff.bulk.reports.rejectTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('staff.queue.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('staff.bulk.reports.rejectIntro', { count: reports.length })}</Text>
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
            description={t('staff.bulk.reports.noteHint')}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {reason
            ? languages.map(({ language, count }) => (
                <Alert
                  key={language}
                  color="orange"
                  variant="light"
                  title={t('staff.bulk.reports.previewLanguage', {
                    language: t(`staff.languages.${language}`),
                    count,
                  })}
                  data-testid={`reject-preview-${language}`}
                >
                  <Paper p="xs" radius="sm" bg="white">
                    <Text size="sm" lang={language} style={{ whiteSpace: 'pre-wrap' }}>
                      {REJECTION_MESSAGES[reason][language]}
                      {note.trim() ? `\n\n${note.trim()}` : ''}
                    </Text>
                  </Paper>
                </Alert>
              ))
            : null}
          {reject.error ? <ErrorAlert error={reject.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('staff.incidents.common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={reject.isPending}>
              {t('staff.bulk.reports.rejectSubmit', { count: reports.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
