import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../domain/reports/report.schemas.ts';
import { detailAnswers } from '../../shared/detail-labels.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ReportFacts } from './ReportFacts.tsx';

type ReportAnswersProps = { report: ReportDetail };

/** The reporter's answers to the questions of the kind they picked, labelled as asked. */
export function ReportAnswers({ report }: ReportAnswersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const answers = detailAnswers(report.incidentType, report.details, t, language);
  if (answers.length === 0) return <Text>{t('staff.detail.noAnswers')}</Text>;
  return (
    <div data-testid="details">
      <ReportFacts
        facts={answers.map((answer) => ({
          label: answer.label,
          value: (
            <span lang={answer.field === 'amount' ? undefined : report.language}>
              {answer.value}
            </span>
          ),
        }))}
      />
    </div>
  );
}
