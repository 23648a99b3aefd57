import { useTranslation } from 'react-i18next';
import { FieldNotes } from './FieldNotes.tsx';
import { describedBy } from './field-ids.ts';

type DateTimeFieldsProps = {
  /** The inputs get ids `${id}-date` and `${id}-time`. */
  id: string;
  legend: string;
  hint?: string;
  date: string;
  time: string;
  error: string | undefined;
  onDateChange: (value: string) => void;
  onTimeChange: (value: string) => void;
};

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An optional date, and a time once there is a date. */
export function DateTimeFields({
  id,
  legend,
  hint,
  date,
  time,
  error,
  onDateChange,
  onTimeChange,
}: DateTimeFieldsProps) {
  const { t } = useTranslation();
  const described = describedBy(id, hint, error);
  return (
    <fieldset className={error ? 'field field--error' : 'field'}>
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('report.dateLabel')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            max={today()}
            onChange={(event) => {
              onDateChange(event.target.value);
              if (!event.target.value) onTimeChange('');
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('report.timeLabel')}</label>
          {date ? null : (
            <p id={`${id}-time-hint`} className="field-hint">
              {t('report.timeHint')}
            </p>
          )}
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            disabled={!date}
            onChange={(event) => onTimeChange(event.target.value)}
            aria-describedby={date ? undefined : `${id}-time-hint`}
          />
        </div>
      </div>
    </fieldset>
  );
}
