import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicReportCreated } from '../../../domain/reports/report.schemas.ts';
import { ReportForm } from '../report/ReportForm.tsx';
import { ReportReceipt } from '../report/ReportReceipt.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';

export function ReportPage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<PublicReportCreated | null>(null);

  if (created) return <ReportReceipt created={created} />;
  return (
    <div className="stack">
      <PageTitle>{t('report.title')}</PageTitle>
      <p>{t('report.intro')}</p>
      <ReportForm
        onSubmitted={(result) => {
          window.scrollTo(0, 0);
          setCreated(result);
        }}
      />
    </div>
  );
}
