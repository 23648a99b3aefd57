import { useTranslation } from 'react-i18next';
import { displayTrackingCode } from '../../shared/codes.ts';
import {
  PublicReportStatusSchema,
  type PublicReportView,
} from '../../../domain/reports/report.schemas.ts';
import { getIncidentType } from '../../../domain/taxonomy/incident-types.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';

type ReportStatusCardProps = { report: PublicReportView };

/** Where a report stands, in words and as steps (received → in review → closed). */
export function ReportStatusCard({ report }: ReportStatusCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const steps = PublicReportStatusSchema.options;
  const reached = steps.indexOf(report.status);

  return (
    <section className="card stack" aria-labelledby="result-title" data-testid="report-status">
      <h2 id="result-title">
        {t('check.resultTitle')}{' '}
        <span className="code">{displayTrackingCode(report.trackingCode)}</span>
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('check.status')}</dt>
          <dd className="status-value">{t(`status.${report.status}`)}</dd>
        </div>
        <div>
          <dt>{t('check.type')}</dt>
          <dd>{getIncidentType(report.incidentType).label[language]}</dd>
        </div>
        <div>
          <dt>{t('check.submitted')}</dt>
          <dd>{formatDateTime(report.submittedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('check.updated')}</dt>
          <dd>{formatDateTime(report.updatedAt, language)}</dd>
        </div>
      </dl>
      <p>{t(`statusHelp.${report.status}`)}</p>
      <ol className="steps" aria-label={t('check.progress')}>
        {steps.map((step, index) => (
          <li
            key={step}
            className={index <= reached ? 'step step--done' : 'step'}
            aria-current={index === reached ? 'step' : undefined}
          >
            {t(`status.${step}`)}
          </li>
        ))}
      </ol>
    </section>
  );
}
