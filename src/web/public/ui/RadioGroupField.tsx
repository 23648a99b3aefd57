import { describedBy } from './field-ids.ts';
import { FieldNotes } from './FieldNotes.tsx';

type RadioGroupFieldProps = {
  /** The radios get ids `${id}-${value}`; the hint and error `${id}-hint`, `${id}-error`. */
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  options: readonly { value: string; label: string }[];
  value: string;
  onValueChange: (value: string) => void;
  /** Shown once an answer is picked, since a radio cannot be unticked. */
  clearLabel: string;
  inline?: boolean;
};

/** A few answers as radio buttons, with a way back to "no answer". */
export function RadioGroupField({
  id,
  name,
  label,
  hint,
  error,
  options,
  value,
  onValueChange,
  clearLabel,
  inline = false,
}: RadioGroupFieldProps) {
  return (
    <fieldset
      className={error ? 'field field--error radio-group' : 'field radio-group'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>{label}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className={inline ? 'options options--inline' : 'options'}>
        {options.map((option) => (
          <label key={option.value} className="option" htmlFor={`${id}-${option.value}`}>
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onValueChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {value ? (
        <button type="button" className="link-button" onClick={() => onValueChange('')}>
          {clearLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
