import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displaySecret, displayTrackingCode } from '../../shared/codes.ts';
import type { Language } from '../../../domain/language.ts';
import type { PublicReportCreated } from '../../../domain/reports/report.schemas.ts';
import { copyText } from '../ui/copy-text.ts';
import { Link } from '../ui/Link.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { AdviceList } from './AdviceList.tsx';
import { ReceiptUploads } from './ReceiptUploads.tsx';

type ReportReceiptProps = { created: PublicReportCreated; files: File[]; language: Language };

/** "ABCDE-FGHJK-MNPQR-TUVWX" → ["ABCDE-FGHJK-", "MNPQR-TUVWX"]: two groups fit a phone. */
const secretLines = (secret: string): string[] => secret.match(/[^-]+(-[^-]+)?-?/g) ?? [secret];

/**
 * The tracking code and the secret, shown this once, with every way to keep them; what to
 * do right now; and the files of the report as they are sent.
 */
export function ReportReceipt({ created, files, language }: ReportReceiptProps) {
  const { t } = useTranslation();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const code = displayTrackingCode(created.trackingCode);
  const secret = displaySecret(created.secret);

  const copy = async () => {
    setCopyState((await copyText(t('receipt.copyText', { code, secret }))) ? 'copied' : 'failed');
  };

  return (
    <div className="stack">
      <PageTitle focus>{t('receipt.title')}</PageTitle>
      <p>{t('receipt.thanks')}</p>
      <div className="notice notice--warning" role="note">
        <h2>{t('receipt.warningTitle')}</h2>
        <p>{t('receipt.warning')}</p>
      </div>
      <dl className="secrets">
        <div>
          <dt>{t('receipt.codeLabel')}</dt>
          <dd className="code" data-testid="tracking-code">
            {code}
          </dd>
        </div>
        <div>
          <dt>{t('receipt.secretLabel')}</dt>
          <dd className="code" data-testid="reporter-secret">
            {/* Breaks only between pairs of groups: ABCDE-FGHJK- / MNPQR-TUVWX */}
            {secretLines(secret).map((line, index, lines) => (
              <span key={index} className="code-group">
                {line}
                {index < lines.length - 1 ? <wbr /> : null}
              </span>
            ))}
          </dd>
        </div>
      </dl>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('receipt.copy')}
      </button>
      <p className="copy-status" role="status">
        {copyState === 'copied' ? t('receipt.copied') : null}
        {copyState === 'failed' ? t('receipt.copyFailed') : null}
      </p>
      <AdviceList advice={created.advice} language={language} />
      {files.length > 0 ? (
        <ReceiptUploads
          credentials={{ trackingCode: created.trackingCode, secret: created.secret }}
          files={files}
        />
      ) : null}
      <Link to="/check" state={{ trackingCode: code }} className="button button--primary">
        {t('receipt.check')}
      </Link>
    </div>
  );
}
