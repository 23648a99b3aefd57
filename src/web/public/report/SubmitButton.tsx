import { useTranslation } from 'react-i18next';
import type { PowSnapshot } from '../pow/proof-of-work.ts';

type SubmitButtonProps = { submitting: boolean; pow: PowSnapshot };

/**
 * The send button. While a sent report waits for its proof of work (usually done long
 * before), it says so, with the progress: a slow phone may take a few seconds.
 */
export function SubmitButton({ submitting, pow }: SubmitButtonProps) {
  const { t } = useTranslation();
  const checking = submitting && pow.phase === 'solving';
  const percent = Math.round(pow.progress * 100);
  return (
    <div className="stack stack--tight">
      <button type="submit" className="button button--primary" aria-busy={submitting}>
        {submitting ? t('report.submitting') : t('report.submit')}
      </button>
      <div role="status" className="pow-status">
        {checking ? (
          <>
            <span>{t('pow.checking')}</span>
            <progress max={100} value={percent} aria-label={t('pow.checking')} />
          </>
        ) : null}
      </div>
    </div>
  );
}
