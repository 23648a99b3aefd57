import { Alert, Button, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  StaffMessageBodySchema,
  type ReporterMessage,
} from '../../../domain/reports/report.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { reportDetailQuery, sendMessageToReporter } from './reports-api.ts';

type ReportConversationProps = {
  reportId: string;
  reportLanguage: string;
  messages: readonly ReporterMessage[];
};

/** The messages between the CERT and the reporter, and a form to write to the reporter. */
export function ReportConversation({
  reportId,
  reportLanguage,
  messages,
}: ReportConversationProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();

  const send = useMutation({
    mutationFn: (text: string) => sendMessageToReporter(reportId, { body: text }),
    onSuccess: async () => {
      setBody('');
      await queryClient.invalidateQueries({ queryKey: reportDetailQuery(reportId).queryKey });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = StaffMessageBodySchema.safeParse({ body });
    if (!parsed.success) return setError(t('staff.conversation.required'));
    setError(undefined);
    send.mutate(parsed.data.body);
  };

  return (
    <Stack gap="sm">
      {messages.length === 0 ? <Text>{t('staff.conversation.empty')}</Text> : null}
      {messages.length > 0 ? (
        <Stack
          component="ol"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          data-testid="messages"
        >
          {messages.map((message) => (
            <Paper
              component="li"
              key={message.id}
              withBorder
              p="sm"
              radius="md"
              className={`staff-message staff-message--${message.from}`}
            >
              <Text size="sm" c="dimmed">
                <Text span fw={700} c="var(--mantine-color-text)">
                  {message.from === 'cert'
                    ? t('staff.conversation.fromCert')
                    : t('staff.conversation.fromReporter')}
                </Text>{' '}
                <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, language)}</time>
              </Text>
              <Text
                lang={message.from === 'reporter' ? reportLanguage : undefined}
                style={{ whiteSpace: 'pre-wrap' }}
              >
                {message.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Textarea
            label={t('staff.conversation.label')}
            description={t('staff.conversation.hint')}
            autosize
            minRows={3}
            value={body}
            error={error}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              send.reset();
            }}
          />
          <Button type="submit" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('staff.conversation.send')}
          </Button>
          {send.isSuccess ? (
            <Alert color="green" variant="light" role="status">
              {t('staff.conversation.sent')}
            </Alert>
          ) : null}
          {send.error ? <ErrorAlert error={send.error} /> : null}
        </Stack>
      </form>
    </Stack>
  );
}
