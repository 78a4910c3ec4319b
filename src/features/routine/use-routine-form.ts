import { useState, type FormEvent } from 'react';
import { sv } from '../../lib/strings/for/routine';
import { setUnsaved } from '../../lib/unsaved';
import { showToast } from '../../ui';
import { saveFailedText } from '../../lib/save-failed';
import { useFormGuard } from './use-form-guard';

/**
 * A routine editing form's state: values kept as typed (marked unsaved while changed), Swedish
 * errors by field, `submit` (validates; on errors focuses the first invalid field, otherwise saves,
 * says "Sparat" and closes) and `cancel` (asks before discarding changes).
 */
export function useRoutineForm<T extends object, E extends object, C>({
  key,
  initial: start,
  validate,
  save,
  onDone,
}: {
  key: string;
  initial: () => T;
  validate: (values: T) => { errors: E; changes: C | null };
  save: (changes: C) => Promise<unknown>;
  onDone: () => void;
}) {
  const [initial] = useState(start);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<E>>({});
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useFormGuard(key, dirty);

  const set = (patch: Partial<T>) => setValues((v) => ({ ...v, ...patch }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(values);
    setErrors(result.errors);
    if (!result.changes) {
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    try {
      await save(result.changes);
      setUnsaved(key, false);
      showToast({ message: sv.routine.edit.saved });
      onDone();
    } catch (error) {
      setBusy(false);
      showToast({ message: saveFailedText(error), tone: 'error' });
    }
  };
  const cancel = () => {
    if (dirty && !window.confirm(sv.discardChanges)) return;
    setUnsaved(key, false);
    onDone();
  };

  return { values, set, errors, busy, submit, cancel };
}
