import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicReportView } from '../../../domain/reports/report.schemas.ts';
import { CheckForm } from '../check/CheckForm.tsx';
import { ReportStatusCard } from '../check/ReportStatusCard.tsx';
import { historyValue } from '../routing.ts';
import { PageTitle } from '../ui/PageTitle.tsx';

export function CheckPage() {
  const { t } = useTranslation();
  const [report, setReport] = useState<PublicReportView | null>(null);
  return (
    <div className="stack">
      <PageTitle>{t('check.title')}</PageTitle>
      <p>{t('check.intro')}</p>
      <CheckForm initialCode={historyValue('trackingCode')} onResult={setReport} />
      <div aria-live="polite">{report ? <ReportStatusCard report={report} /> : null}</div>
    </div>
  );
}
