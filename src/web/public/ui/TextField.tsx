import type { InputHTMLAttributes } from 'react';
import { describedBy } from './field-ids.ts';
import { FieldNotes } from './FieldNotes.tsx';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
};

/** A labelled input with an optional hint and error, both announced with it. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onValueChange,
  className,
  ...rest
}: TextFieldProps) {
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      <input
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </div>
  );
}
