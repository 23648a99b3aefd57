import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicReportView } from '../../../domain/reports/report.schemas.ts';
import { WithdrawReportBodySchema } from '../../../domain/reports/report.schemas.ts';
import { errorMessage } from '../../shared/error-message.ts';
import type { ReporterCredentials } from '../evidence/upload-file.ts';
import { TextAreaField } from '../ui/TextAreaField.tsx';
import { withdrawReport } from './follow-up-api.ts';

type WithdrawReportProps = {
  credentials: ReporterCredentials;
  onWithdrawn: (view: PublicReportView) => void;
};

/** Withdrawing a report: asked twice, with an optional reason, since it cannot be undone. */
export function WithdrawReport({ credentials, onWithdrawn }: WithdrawReportProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) opener.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const parsed = WithdrawReportBodySchema.safeParse({ reason });
    if (!parsed.success) return setError(t('errors.descriptionLong', { max: 1_000 }));
    setError(undefined);
    setSending(true);
    try {
      onWithdrawn(await withdrawReport(credentials, parsed.data));
    } catch (failure) {
      setError(errorMessage(failure, t));
      setSending(false);
    }
  }

  return (
    <section className="stack stack--tight withdraw" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('withdraw.title')}</h2>
      <p>{t('withdraw.intro')}</p>
      {confirming ? (
        <form
          className="confirm stack stack--tight"
          noValidate
          onSubmit={(e) => void handleSubmit(e)}
        >
          <p ref={question} tabIndex={-1} className="confirm-question">
            {t('withdraw.confirm')}
          </p>
          <TextAreaField
            id="withdraw-reason"
            label={t('withdraw.reasonLabel')}
            rows={3}
            value={reason}
            error={error}
            onValueChange={setReason}
          />
          <div className="button-row">
            <button type="submit" className="button button--danger" aria-busy={sending}>
              {t('withdraw.yes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('withdraw.no')}
            </button>
          </div>
        </form>
      ) : (
        <button
          ref={opener}
          type="button"
          className="button button--danger-outline"
          onClick={() => setConfirming(true)}
        >
          {t('withdraw.open')}
        </button>
      )}
    </section>
  );
}
