import { useTranslation } from 'react-i18next';

type WhenFieldsProps = {
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
export function WhenFields({ date, time, error, onDateChange, onTimeChange }: WhenFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className={error ? 'field field--error' : 'field'}>
      <legend>{t('report.whenLegend')}</legend>
      {error ? (
        <p id="occurred-error" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor="occurred-date">{t('report.dateLabel')}</label>
          <input
            id="occurred-date"
            type="date"
            value={date}
            max={today()}
            onChange={(event) => {
              onDateChange(event.target.value);
              if (!event.target.value) onTimeChange('');
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'occurred-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="occurred-time">{t('report.timeLabel')}</label>
          {date ? null : (
            <p id="occurred-time-hint" className="field-hint">
              {t('report.timeHint')}
            </p>
          )}
          <input
            id="occurred-time"
            type="time"
            value={time}
            disabled={!date}
            onChange={(event) => onTimeChange(event.target.value)}
            aria-describedby={date ? undefined : 'occurred-time-hint'}
          />
        </div>
      </div>
    </fieldset>
  );
}
