import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPES, type IncidentTypeId } from '../../../domain/taxonomy/incident-types.ts';
import { useLanguage } from '../../shared/use-language.ts';

type IncidentTypeFieldProps = {
  value: IncidentTypeId | '';
  error: string | undefined;
  onChange: (value: IncidentTypeId) => void;
};

/** The kinds of incident as large radio cards: a short label and a hint in plain words. */
export function IncidentTypeField({ value, error, onChange }: IncidentTypeFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <fieldset
      className={error ? 'field field--error choices' : 'field choices'}
      aria-describedby={error ? 'incident-type-error' : undefined}
    >
      <legend>{t('report.typeLegend')}</legend>
      {error ? (
        <p id="incident-type-error" className="field-error">
          {error}
        </p>
      ) : null}
      {INCIDENT_TYPES.map((type) => (
        <label key={type.id} className="choice" htmlFor={`incident-type-${type.id}`}>
          <input
            type="radio"
            id={`incident-type-${type.id}`}
            name="incidentType"
            value={type.id}
            checked={value === type.id}
            onChange={() => onChange(type.id)}
            aria-describedby={`incident-type-${type.id}-hint`}
          />
          <span className="choice-text">
            <span className="choice-label">{type.label[language]}</span>
            <span id={`incident-type-${type.id}-hint`} className="choice-hint">
              {type.hint[language]}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
