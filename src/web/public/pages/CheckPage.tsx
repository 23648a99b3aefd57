import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displaySecret, displayTrackingCode } from '../../shared/codes.ts';
import { CheckForm, type CheckResult } from '../check/CheckForm.tsx';
import { FollowUp } from '../check/FollowUp.tsx';
import { rememberedCredentials } from '../check/reporter-memory.ts';
import { historyValue } from '../routing.ts';
import { PageTitle } from '../ui/PageTitle.tsx';

/** The secret of the report just sent from this tab, when the code is that report's. */
function rememberedSecretFor(code: string): string {
  const remembered = rememberedCredentials();
  if (!remembered || !code) return '';
  const same = displayTrackingCode(remembered.trackingCode) === displayTrackingCode(code);
  return same ? displaySecret(remembered.secret) : '';
}

export function CheckPage() {
  const { t } = useTranslation();
  const [result, setResult] = useState<CheckResult | null>(null);
  const initialCode = historyValue('trackingCode');
  return (
    <div className="stack">
      <PageTitle>{t('check.title')}</PageTitle>
      <p>{t('check.intro')}</p>
      <CheckForm
        initialCode={initialCode}
        initialSecret={rememberedSecretFor(initialCode)}
        onResult={setResult}
      />
      {result ? (
        <FollowUp key={result.credentials.trackingCode} result={result} onChange={setResult} />
      ) : null}
    </div>
  );
}
