import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../domain/reports/report.schemas.ts';
import { formatDateTime, formatOccurredAt } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { incidentTypeLabel } from './labels.ts';
import { ReportContact } from './ReportContact.tsx';
import { ReportFacts } from './ReportFacts.tsx';

type ReportBodyProps = { report: ReportDetail };

/** Every field of a report; the description keeps its line breaks and its language. */
export function ReportBody({ report }: ReportBodyProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="lg">
      <ReportFacts
        facts={[
          { label: t('staff.detail.status'), value: t(`staff.reportStatus.${report.status}`) },
          {
            label: t('staff.detail.type'),
            value: incidentTypeLabel(report.incidentType, language),
          },
          { label: t('staff.detail.rsit'), value: `${report.rsit.class} / ${report.rsit.type}` },
          { label: t('staff.detail.subtype'), value: report.localSubtype },
          {
            label: t('staff.detail.submitted'),
            value: formatDateTime(report.submittedAt, language),
          },
          {
            label: t('staff.detail.occurred'),
            value: report.occurredAt
              ? formatOccurredAt(report.occurredAt, language)
              : t('staff.detail.unknown'),
          },
          { label: t('staff.detail.language'), value: t(`staff.languages.${report.language}`) },
          { label: t('staff.detail.channel'), value: t(`staff.channels.${report.channel}`) },
        ]}
      />
      <section aria-labelledby="description-title">
        <Title order={2} size="h3" id="description-title" mb="xs">
          {t('staff.detail.description')}
        </Title>
        <Paper withBorder p="md" radius="md">
          <Text lang={report.language} style={{ whiteSpace: 'pre-wrap' }} data-testid="description">
            {report.description}
          </Text>
        </Paper>
      </section>
      <section aria-labelledby="contact-title">
        <Title order={2} size="h3" id="contact-title" mb="xs">
          {t('staff.detail.contact')}
        </Title>
        <ReportContact contact={report.contact} />
      </section>
    </Stack>
  );
}
