import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/language.ts';
import type { PublicReportCreated } from '../../../domain/reports/report.schemas.ts';
import { rememberCredentials } from '../check/reporter-memory.ts';
import { ReportForm } from '../report/ReportForm.tsx';
import { ReportReceipt } from '../report/ReportReceipt.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';

type Sent = { created: PublicReportCreated; files: File[]; language: Language };

export function ReportPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState<Sent | null>(null);

  if (sent) return <ReportReceipt {...sent} />;
  return (
    <div className="stack">
      <PageTitle>{t('report.title')}</PageTitle>
      <p>{t('report.intro')}</p>
      <ReportForm
        onSubmitted={(created, files, language) => {
          rememberCredentials({ trackingCode: created.trackingCode, secret: created.secret });
          window.scrollTo(0, 0);
          setSent({ created, files, language });
        }}
      />
    </div>
  );
}
