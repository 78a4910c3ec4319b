import type { ReactNode } from 'react';
import { Field } from '../../ui';

/** A labelled text input or textarea that keeps exactly what was typed. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  required,
  inputMode,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  multiline?: boolean;
  required?: boolean;
  inputMode?: 'numeric';
}) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(props) =>
        multiline ? (
          <textarea {...props} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...props}
            type="text"
            inputMode={inputMode}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}
