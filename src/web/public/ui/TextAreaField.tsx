import type { TextareaHTMLAttributes } from 'react';
import { describedBy } from './field-ids.ts';
import { FieldNotes } from './FieldNotes.tsx';

type TextAreaFieldProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange'
> & {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Shown under the box, e.g. a character count; read out politely as it changes. */
  status?: string;
  value: string;
  onValueChange: (value: string) => void;
};

export function TextAreaField({
  id,
  label,
  hint,
  error,
  status,
  value,
  onValueChange,
  ...rest
}: TextAreaFieldProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      <textarea
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
      {status ? <p className="field-status">{status}</p> : null}
    </div>
  );
}
