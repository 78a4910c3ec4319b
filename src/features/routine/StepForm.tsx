import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { db } from '../../db';
import type { Contact, RoutineStep } from '../../shared/schemas';
import { sv } from '../../lib/strings';
import { setUnsaved } from '../../lib/unsaved';
import { Button, Field, showToast } from '../../ui';
import { addStep, saveStep } from './actions';
import { ContactPicker } from './ContactPicker';
import { emptyStepValues, stepToValues, validateStep, type StepFormErrors } from './step-form';
import { useFormGuard } from './use-form-guard';

/**
 * Edits one step (or adds one): title, when, what to do and the contacts to call. Bad input gets a
 * message at the field and nothing typed is lost; saving works offline and syncs later.
 */
export function StepForm({
  step,
  number,
  contacts,
  onDone,
}: {
  step?: RoutineStep;
  number?: number;
  contacts: readonly Contact[];
  onDone: () => void;
}) {
  const t = sv.routine.form;
  const [initial] = useState(() => (step ? stepToValues(step) : emptyStepValues()));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<StepFormErrors>({});
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const key = `routine-step-${step?.id ?? 'new'}`;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useFormGuard(key, dirty);
  useEffect(() => heading.current?.focus(), []);

  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validateStep(values);
    setErrors(result.errors);
    if (!result.changes) {
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    try {
      if (step) await saveStep(db, step.id, result.changes);
      else await addStep(db, result.changes);
      setUnsaved(key, false);
      showToast({ message: sv.routine.edit.saved });
      onDone();
    } catch {
      setBusy(false);
      showToast({ message: sv.errors.saveFailed, tone: 'error' });
    }
  };
  const cancel = () => {
    if (dirty && !window.confirm(t.discard)) return;
    setUnsaved(key, false);
    onDone();
  };

  return (
    <form
      className="form card routine-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h3 id={headingId} ref={heading} tabIndex={-1} className="card-title">
        {step && number ? t.editStep(number) : t.newStep}
      </h3>
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="field-error">
          {t.hasErrors}
        </p>
      ) : null}
      <Field label={t.title} error={errors.title} required>
        {(props) => (
          <input
            {...props}
            maxLength={220}
            value={values.title}
            onChange={(e) => set({ title: e.target.value })}
          />
        )}
      </Field>
      <Field label={t.when} hint={t.whenHint} error={errors.when}>
        {(props) => (
          <input
            {...props}
            maxLength={220}
            value={values.when}
            onChange={(e) => set({ when: e.target.value })}
          />
        )}
      </Field>
      <Field label={t.what} error={errors.what}>
        {(props) => (
          <textarea
            {...props}
            value={values.what}
            onChange={(e) => set({ what: e.target.value })}
          />
        )}
      </Field>
      <ContactPicker
        contacts={contacts}
        selected={values.contactIds}
        onChange={(contactIds) => set({ contactIds })}
      />
      <div className="row">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? sv.saving : t.saveStep}
        </Button>
        <Button onClick={cancel}>{sv.cancel}</Button>
      </div>
    </form>
  );
}
