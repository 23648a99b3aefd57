import { Alert, Button, Group, Paper, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CommentBodySchema,
  type CommentBody,
  type IncidentDetail,
} from '../../../domain/incidents/incident.schemas.ts';
import { displayTrackingCode } from '../../shared/codes.ts';
import { fieldErrorsOf } from '../../shared/error-message.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { StaffIcon } from '../components/StaffIcon.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { commentOnIncident, showIncident } from './incidents-api.ts';

type Visibility = CommentBody['visibility'];

type CommentBoxProps = { incident: IncidentDetail };

/**
 * An internal note for the CERT, or a message to the reporter of one of the reports. The
 * second goes to a member of the public: it looks different and is confirmed before sending.
 */
export function CommentBox({ incident }: CommentBoxProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [visibility, setVisibility] = useState<Visibility>('internal');
  const [reportId, setReportId] = useState<string | null>(incident.reports[0]?.id ?? null);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<CommentBody | null>(null);
  const report = incident.reports.find((entry) => entry.id === reportId) ?? null;
  const toReporter = visibility === 'reporter';

  const send = useMutation({
    mutationFn: (comment: CommentBody) => commentOnIncident(incident.id, comment),
    onSuccess: async (updated) => {
      await showIncident(queryClient, updated);
      setBody('');
      setConfirming(null);
      // The next comment starts as internal again, so nothing goes out by habit.
      setVisibility('internal');
    },
    onError: (error) => {
      setConfirming(null);
      setErrors(fieldErrorsOf(error));
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send.reset();
    const parsed = CommentBodySchema.safeParse(
      toReporter ? { visibility, body, reportId } : { visibility, body },
    );
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'body');
        found[field] =
          field === 'reportId'
            ? t('staff.incidents.comment.chooseReport')
            : t('staff.incidents.comment.required');
      }
      return setErrors(found);
    }
    setErrors({});
    if (parsed.data.visibility === 'reporter') return setConfirming(parsed.data);
    send.mutate(parsed.data);
  };

  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Radio.Group
            label={t('staff.incidents.comment.visibility')}
            value={visibility}
            onChange={(value) => {
              setVisibility(value === 'reporter' ? 'reporter' : 'internal');
              setErrors({});
              send.reset();
            }}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="internal" label={t('staff.incidents.comment.internal')} />
              <Radio
                value="reporter"
                label={t('staff.incidents.comment.reporter')}
                disabled={incident.reports.length === 0}
              />
            </Stack>
          </Radio.Group>
          <Paper
            withBorder
            p="sm"
            radius="md"
            className={toReporter ? 'comment-box comment-box--reporter' : 'comment-box'}
            data-visibility={visibility}
          >
            <Stack gap="sm">
              {toReporter ? (
                <>
                  <Alert
                    color="orange"
                    variant="light"
                    title={t('staff.incidents.comment.publicTitle')}
                    icon={<StaffIcon name="megaphone" size={20} />}
                  >
                    {t('staff.incidents.comment.publicText')}
                  </Alert>
                  <Select
                    label={t('staff.incidents.comment.report')}
                    allowDeselect={false}
                    required
                    value={reportId}
                    onChange={setReportId}
                    error={errors.reportId}
                    data={incident.reports.map((entry) => ({
                      value: entry.id,
                      label: `${displayTrackingCode(entry.trackingCode)} · ${t(`staff.languages.${entry.language}`)}`,
                    }))}
                  />
                  {report ? (
                    <Text size="sm">
                      {t('staff.incidents.comment.writeIn', {
                        language: t(`staff.languages.${report.language}`),
                      })}
                    </Text>
                  ) : null}
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('staff.incidents.comment.internalHint')}
                </Text>
              )}
              <Textarea
                label={
                  toReporter
                    ? t('staff.incidents.comment.messageLabel')
                    : t('staff.incidents.comment.noteLabel')
                }
                autosize
                minRows={3}
                value={body}
                lang={toReporter && report ? report.language : undefined}
                error={errors.body}
                onChange={(event) => {
                  setBody(event.currentTarget.value);
                  send.reset();
                }}
              />
              <Group>
                <Button type="submit" loading={send.isPending && !confirming}>
                  {toReporter
                    ? t('staff.incidents.comment.sendToReporter')
                    : t('staff.incidents.comment.addNote')}
                </Button>
              </Group>
            </Stack>
          </Paper>
          {send.isSuccess ? (
            <Alert color="green" variant="light" role="status">
              {send.variables.visibility === 'reporter'
                ? t('staff.incidents.comment.sent')
                : t('staff.incidents.comment.added')}
            </Alert>
          ) : null}
          {send.error && Object.keys(fieldErrorsOf(send.error)).length === 0 ? (
            <ErrorAlert error={send.error} />
          ) : null}
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming !== null}
        title={t('staff.incidents.comment.confirmTitle')}
        confirmLabel={t('staff.incidents.comment.confirm')}
        loading={send.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && send.mutate(confirming)}
      >
        <Text>
          {t('staff.incidents.comment.confirmText', {
            code: report ? displayTrackingCode(report.trackingCode) : '',
          })}
        </Text>
        <Paper withBorder p="sm" radius="md" bg="gray.0">
          <Text style={{ whiteSpace: 'pre-wrap' }} lang={report?.language}>
            {confirming?.body}
          </Text>
        </Paper>
      </ConfirmDialog>
    </>
  );
}
