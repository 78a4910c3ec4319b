import type { ReactNode } from 'react';
import { Field } from './Field';

/** A labelled text input or textarea that keeps exactly what was typed. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  warning,
  multiline,
  required,
  inputMode,
  maxLength,
  rows,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  /** A warning such as a privacy warning (never blocks saving). */
  warning?: string | null;
  multiline?: boolean;
  required?: boolean;
  inputMode?: 'numeric';
  maxLength?: number;
  /** The textarea's height in lines (multiline only). */
  rows?: number;
}) {
  return (
    <Field label={label} error={error} hint={hint} warning={warning} required={required}>
      {(props) =>
        multiline ? (
          <textarea
            {...props}
            rows={rows}
            maxLength={maxLength}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...props}
            type="text"
            inputMode={inputMode}
            maxLength={maxLength}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}
