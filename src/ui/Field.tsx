import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** A Swedish message shown at the field; the field is marked invalid while it is set. */
  error?: string | null;
  hint?: ReactNode;
  warning?: ReactNode;
  required?: boolean;
  /**
   * Say the error aloud as it appears (an alert), for a form usually sent with Enter from this
   * very field: focus is already there, so moving it to the field would say nothing.
   */
  announce?: boolean;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    required?: boolean;
  }) => ReactNode;
}

/** A labelled form field with its hint, warning and error wired for screen readers. */
export function Field({ label, error, hint, warning, required, announce, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const warningId = warning ? `${id}-warning` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, warningId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, required })}
      {warning ? (
        <p id={warningId} className="field-warning">
          {warning}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role={announce ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
