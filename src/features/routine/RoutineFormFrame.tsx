import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { sv } from '../../lib/strings/for/routine';
import { Button } from '../../ui';

/**
 * The frame the routine's editing forms share: a heading that takes focus when the form opens and
 * names the form, a summary alert while any field has an error, and the Save / Cancel row.
 */
export function RoutineFormFrame({
  heading,
  level,
  hasErrors,
  busy,
  saveLabel,
  onSubmit,
  onCancel,
  children,
}: {
  heading: string;
  level: 2 | 3;
  hasErrors: boolean;
  busy: boolean;
  saveLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => headingRef.current?.focus(), []);
  const Heading = level === 2 ? 'h2' : 'h3';

  return (
    <form
      className="form card routine-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => void onSubmit(e)}
    >
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="card-title">
        {heading}
      </Heading>
      {hasErrors ? (
        <p role="alert" className="field-error">
          {sv.routine.form.hasErrors}
        </p>
      ) : null}
      {children}
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? sv.saving : saveLabel}
        </Button>
        <Button onClick={onCancel}>{sv.cancel}</Button>
      </div>
    </form>
  );
}
