import { describedBy } from './field-ids.ts';
import { FieldNotes } from './FieldNotes.tsx';

type SelectFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Shown first; choosing it clears the answer. */
  placeholder: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onValueChange: (value: string) => void;
};

/** A labelled native select: the phone's own picker, which every screen reader knows. */
export function SelectField({
  id,
  label,
  hint,
  error,
  placeholder,
  options,
  value,
  onValueChange,
}: SelectFieldProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      <select
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
