import { useEffect, useId, useState, type ReactNode } from 'react';

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

/** How long a warning has to stay the same before it is shown and said (typing has stopped). */
const SETTLE_MS = 800;

/** The warning once it has stopped changing (null at once when it goes). */
function useSettledWarning(warning: ReactNode): ReactNode {
  const [settled, setSettled] = useState<ReactNode>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(warning || null), warning ? SETTLE_MS : 0);
    return () => window.clearTimeout(timer);
  }, [warning]);
  return warning ? settled : null;
}

/**
 * A labelled form field with its hint, warning and error wired for screen readers. A warning
 * (such as the privacy warning, which comes and changes while typing) is said aloud once the text
 * has settled: its paragraph is a live region that is always there, hidden while empty, since a
 * region that appears together with its text is not reliably read.
 */
export function Field({
  label,
  error,
  hint,
  warning: current,
  required,
  announce,
  children,
}: FieldProps) {
  const id = useId();
  const warning = useSettledWarning(current);
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
      <p id={warningId} className={warning ? 'field-warning' : 'vh'} aria-live="polite">
        {warning}
      </p>
      {error ? (
        <p id={errorId} className="field-error" role={announce ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
