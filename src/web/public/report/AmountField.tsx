import { useTranslation } from 'react-i18next';
import { toAsciiDigits } from '../../../domain/reports/report.schemas.ts';
import { formatAmount } from '../../shared/detail-labels.ts';
import { TextField } from '../ui/TextField.tsx';

type AmountFieldProps = {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  currency: string | undefined;
  value: string;
  onChange: (value: string) => void;
};

/** What the typed amount reads as, e.g. "៥០០ ០០០" → 500000; null while it is not a number. */
export function readAmount(typed: string): number | null {
  const cleaned = toAsciiDigits(typed).replace(/[\s,]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * An amount typed with Khmer or Latin digits (a number input would refuse Khmer digits),
 * and below it the number it was read as, so a slip of a zero shows.
 */
export function AmountField({
  id,
  label,
  hint,
  error,
  currency,
  value,
  onChange,
}: AmountFieldProps) {
  const { t } = useTranslation();
  const amount = readAmount(value);
  return (
    <div className="stack stack--tight">
      <TextField
        id={id}
        label={label}
        hint={hint}
        error={error}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onValueChange={onChange}
      />
      {amount !== null && amount > 0 ? (
        <p className="field-status" id={`${id}-reads`}>
          {t('details.amountReads', { amount: formatAmount(amount, currency) })}
        </p>
      ) : null}
    </div>
  );
}
