import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../domain/reports/report.schemas.ts';
import { LOCAL_SUBTYPES, LocalSubtypeSchema } from '../../../domain/taxonomy/local-subtypes.ts';
import { formatDateTime, formatOccurredAt } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { incidentTypeLabel } from './labels.ts';
import { ReportAnswers } from './ReportAnswers.tsx';
import { ReportContact } from './ReportContact.tsx';
import { ReportConversation } from './ReportConversation.tsx';
import { ReportEvidence } from './ReportEvidence.tsx';
import { ReportFacts } from './ReportFacts.tsx';
import { ReportObservables } from './ReportObservables.tsx';

type ReportBodyProps = { report: ReportDetail };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/**
 * Every field of a report, the reporter's answers, the conversation with them and the
 * evidence; the description keeps its line breaks and its language.
 */
export function ReportBody({ report }: ReportBodyProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localSubtypeLabel = (subtype: string) => {
    const known = LocalSubtypeSchema.safeParse(subtype);
    return known.success ? LOCAL_SUBTYPES[known.data][language] : subtype;
  };
  return (
    <Stack gap="xl">
      <ReportFacts
        facts={[
          { label: t('staff.detail.status'), value: t(`staff.reportStatus.${report.status}`) },
          {
            label: t('staff.detail.type'),
            value: incidentTypeLabel(report.incidentType, language),
          },
          { label: t('staff.detail.rsit'), value: `${report.rsit.class} / ${report.rsit.type}` },
          { label: t('staff.detail.subtype'), value: localSubtypeLabel(report.localSubtype) },
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
      <Section id="description-title" title={t('staff.detail.description')}>
        <Paper withBorder p="md" radius="md">
          <Text lang={report.language} style={{ whiteSpace: 'pre-wrap' }} data-testid="description">
            {report.description}
          </Text>
        </Paper>
      </Section>
      <Section id="answers-title" title={t('staff.detail.answersTitle')}>
        <ReportAnswers report={report} />
      </Section>
      <Section id="observables-title" title={t('staff.observables.title')}>
        <ReportObservables observables={report.observables} />
      </Section>
      <Section id="evidence-title" title={t('staff.evidence.title')}>
        <ReportEvidence reportId={report.id} />
      </Section>
      <Section id="conversation-title" title={t('staff.conversation.title')}>
        <ReportConversation
          reportId={report.id}
          reportLanguage={report.language}
          messages={report.messages}
        />
      </Section>
      <Section id="contact-title" title={t('staff.detail.contact')}>
        <ReportContact contact={report.contact} />
      </Section>
    </Stack>
  );
}
