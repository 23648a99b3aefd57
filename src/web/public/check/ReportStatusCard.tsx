import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { displayTrackingCode } from '../../shared/codes.ts';
import type { PublicReportView } from '../../../domain/reports/report.schemas.ts';
import { getIncidentType } from '../../../domain/taxonomy/incident-types.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';

type ReportStatusCardProps = { report: PublicReportView };

/** The path a report normally takes; a withdrawn report leaves it. */
const STEPS = ['received', 'in_review', 'closed'] as const;

/**
 * Where a report stands, in words and as steps (received → in review → closed). Its
 * heading takes focus when the card appears, so the result is heard and scrolled to.
 */
export function ReportStatusCard({ report }: ReportStatusCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const reached = STEPS.findIndex((step) => step === report.status);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="card stack" aria-labelledby="result-title" data-testid="report-status">
      <h2 id="result-title" ref={heading} tabIndex={-1}>
        {t('check.resultTitle')}{' '}
        <span className="code">{displayTrackingCode(report.trackingCode)}</span>
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('check.status')}</dt>
          <dd className={`status-value status-value--${report.status}`}>
            {t(`status.${report.status}`)}
          </dd>
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
        <div>
          <dt>{t('check.files')}</dt>
          <dd data-testid="evidence-count">{report.evidenceCount}</dd>
        </div>
      </dl>
      <p>{t(`statusHelp.${report.status}`)}</p>
      {reached >= 0 ? (
        <ol className="steps" aria-label={t('check.progress')}>
          {STEPS.map((step, index) => (
            <li
              key={step}
              className={index <= reached ? 'step step--done' : 'step'}
              aria-current={index === reached ? 'step' : undefined}
            >
              {t(`status.${step}`)}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
