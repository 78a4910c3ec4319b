import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { db } from '../../db';
import type { RoutineInfo } from '../../shared/schemas';
import { sv } from '../../lib/strings';
import { setUnsaved } from '../../lib/unsaved';
import { Button, Field, showToast } from '../../ui';
import { saveRoutineInfo } from './actions';
import { validateInfo, type InfoFormErrors, type InfoFormValues } from './step-form';
import { useFormGuard } from './use-form-guard';

const KEY = 'routine-info';

/** Edits the routine's name, revision and the legal reference for a report of concern. */
export function InfoForm({ info, onDone }: { info: RoutineInfo | null; onDone: () => void }) {
  const t = sv.routine.form;
  const [initial] = useState<InfoFormValues>(() => ({
    title: info?.title ?? '',
    revision: info?.revision ?? '',
    legalReference: info?.legalReference ?? '',
  }));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<InfoFormErrors>({});
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useFormGuard(KEY, dirty);
  useEffect(() => heading.current?.focus(), []);

  const set = (patch: Partial<InfoFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validateInfo(values);
    setErrors(result.errors);
    if (!result.changes) {
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    try {
      await saveRoutineInfo(db, info, result.changes);
      setUnsaved(KEY, false);
      showToast({ message: sv.routine.edit.saved });
      onDone();
    } catch {
      setBusy(false);
      showToast({ message: sv.errors.saveFailed, tone: 'error' });
    }
  };
  const cancel = () => {
    if (dirty && !window.confirm(t.discard)) return;
    setUnsaved(KEY, false);
    onDone();
  };

  return (
    <form
      className="form card routine-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={headingId} ref={heading} tabIndex={-1} className="card-title">
        {t.infoHeading}
      </h2>
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="field-error">
          {t.hasErrors}
        </p>
      ) : null}
      <Field label={t.infoTitle} error={errors.title}>
        {(props) => (
          <input
            {...props}
            maxLength={220}
            value={values.title}
            onChange={(e) => set({ title: e.target.value })}
          />
        )}
      </Field>
      <Field label={t.revision} hint={t.revisionHint} error={errors.revision}>
        {(props) => (
          <input
            {...props}
            maxLength={220}
            value={values.revision}
            onChange={(e) => set({ revision: e.target.value })}
          />
        )}
      </Field>
      <Field label={t.legal} hint={t.legalHint} error={errors.legalReference}>
        {(props) => (
          <textarea
            {...props}
            rows={6}
            value={values.legalReference}
            onChange={(e) => set({ legalReference: e.target.value })}
          />
        )}
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? sv.saving : t.saveInfo}
        </Button>
        <Button onClick={cancel}>{sv.cancel}</Button>
      </div>
    </form>
  );
}
