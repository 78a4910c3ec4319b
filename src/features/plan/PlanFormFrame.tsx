import { useEffect, useRef, type ReactNode } from 'react';
import { sv } from '../../lib/strings/for/plan';
import { Button } from '../../ui';

/**
 * The frame every plan editing form shares: a form named by `label`, the "could not save" alert,
 * and the Save / Cancel row. Focus moves to the form's first field when it opens (and back to its
 * opener when it closes: see lazy-forms.tsx).
 */
export function PlanFormFrame({
  label,
  failed,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  /** Why the last save failed (said at once), or null. */
  failed: string | null;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  return (
    <form
      ref={form}
      className="form plan-form"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
      {failed ? (
        <p className="field-error" role="alert">
          {failed}
        </p>
      ) : null}
      <div className="row">
        <Button type="submit" variant="primary">
          {sv.save}
        </Button>
        <Button onClick={onCancel}>{sv.cancel}</Button>
      </div>
    </form>
  );
}
