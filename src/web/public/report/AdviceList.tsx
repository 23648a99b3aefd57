import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/language.ts';

type AdviceListProps = { advice: readonly string[]; language: Language };

/**
 * What to do right now, most urgent first, as the server wrote it in the report's
 * language (which stays marked if the reader then switches the page's language).
 */
export function AdviceList({ advice, language }: AdviceListProps) {
  const { t } = useTranslation();
  if (advice.length === 0) return null;
  return (
    <section className="advice" aria-labelledby="advice-title" data-testid="advice">
      <h2 id="advice-title">{t('receipt.adviceTitle')}</h2>
      <ol lang={language}>
        {advice.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
