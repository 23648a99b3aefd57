import type { TFunction } from 'i18next';
import type { Language } from '../../../domain/language.ts';
import type { Duration, Penalty, ProceduralPower } from '../../../domain/law/law.schemas.ts';

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

/** Khmer digits in the Khmer UI, as Cambodian legal texts number their articles. */
export const localDigits = (text: string, language: Language): string =>
  language === 'km' ? text.replace(/[0-9]/g, (d) => KHMER_DIGITS[Number(d)] ?? d) : text;

/** "Art. 427", "មាត្រា ៤២៧", "s. 3" (Singapore's sections keep their own label). */
export function articleLabel(t: TFunction, article: string | null, language: Language): string {
  if (article === null) return t('staff.law.articleNotGiven');
  if (article.startsWith('s.')) return article;
  return t('staff.law.article', { article: localDigits(article, language) });
}

/** 100,000 with the reader's grouping; Khmer digits in the Khmer UI. */
export const formatNumber = (value: number, language: Language): string =>
  localDigits(value.toLocaleString('en'), language);

export function durationText(t: TFunction, duration: Duration, language: Language): string {
  const n = localDigits(String(duration.value), language);
  const one = duration.value === 1;
  if (duration.unit === 'months') {
    return one ? t('staff.law.duration.month', { n }) : t('staff.law.duration.months', { n });
  }
  return one ? t('staff.law.duration.year', { n }) : t('staff.law.duration.years', { n });
}

function rangeText(t: TFunction, min: string | null, max: string | null): string {
  if (min !== null && max !== null) return t('staff.law.range.between', { min, max });
  if (max !== null) return t('staff.law.range.upTo', { max });
  if (min !== null) return t('staff.law.range.atLeast', { min });
  return t('staff.law.notGiven');
}

/** The lines that describe a penalty: imprisonment, fine, how they combine, its scope. */
export function penaltyLines(t: TFunction, penalty: Penalty, language: Language): string[] {
  const lines: string[] = [];
  const { imprisonment, fine } = penalty;
  if (imprisonment) {
    const range = rangeText(
      t,
      imprisonment.min ? durationText(t, imprisonment.min, language) : null,
      imprisonment.max ? durationText(t, imprisonment.max, language) : null,
    );
    lines.push(t('staff.law.penalty.imprisonment', { range }));
  }
  if (fine) {
    const money = (amount: number | null) =>
      amount === null
        ? null
        : t(`staff.law.currency.${fine.currency}`, { amount: formatNumber(amount, language) });
    lines.push(
      t('staff.law.penalty.fine', { range: rangeText(t, money(fine.min), money(fine.max)) }),
    );
  }
  if (penalty.combination) lines.push(t(`staff.law.penalty.${penalty.combination}`));
  if (penalty.scope === 'group') lines.push(t('staff.law.penalty.group'));
  return lines;
}

/** "At most 90 days, renewable" / "At least 60 days"; null when the power has no time limit. */
export function powerDuration(
  t: TFunction,
  days: ProceduralPower['days'],
  language: Language,
): string | null {
  if (!days) return null;
  const parts: string[] = [];
  if (days.max !== null) {
    parts.push(t('staff.law.power.atMostDays', { days: localDigits(String(days.max), language) }));
  }
  if (days.min !== null) {
    parts.push(t('staff.law.power.atLeastDays', { days: localDigits(String(days.min), language) }));
  }
  if (days.renewable) parts.push(t('staff.law.power.renewable'));
  return parts.length ? parts.join(', ') : null;
}

/** "art 2" / "arts 2 and 4" as the gap notes say it, for their "Convention …" label. */
export function conventionArticles(articles: readonly number[], language: Language): string {
  const digits = articles.map((article) => localDigits(String(article), language));
  if (language === 'km') return `មាត្រា ${digits.join(' ')}`;
  return digits.length === 1 ? `art ${digits[0]}` : `arts ${digits.join(', ')}`;
}
