import { useState } from 'react';
import { sv } from '../../lib/strings/for/plan';
import { showToast } from '../../ui';
import { saveFailedText } from '../../lib/save-failed';
import { useFormState } from './use-form-state';

/** The keys of a form's values that hold text, so a TextField can edit them. */
type TextKey<T> = { [K in keyof T]-?: T[K] extends string ? K : never }[keyof T];

/**
 * A plan editing form's state: its values (with the unsaved mark), Swedish errors by field, and
 * `save`, which writes, says "Sparat" and closes the form, or keeps it open with `failed` set to
 * what to tell the user.
 */
export function usePlanForm<T extends object>(key: string, initial: T, onDone: () => void) {
  const form = useFormState(key, initial);
  const { values, set } = form;
  const [errors, setErrors] = useState<Partial<Record<keyof T, string>>>({});
  const [failed, setFailed] = useState<string | null>(null);

  /** The value, change handler and error of one text field, to spread on a TextField. */
  const bind = <K extends TextKey<T>>(field: K) => ({
    value: values[field] as string,
    onChange: (value: string) => set(field)(value as T[K]),
    error: errors[field],
  });

  async function save(write: () => Promise<unknown>) {
    try {
      await write();
      form.clean();
      showToast({ message: sv.saved });
      onDone();
    } catch (error) {
      setFailed(saveFailedText(error));
    }
  }

  return { values, set, errors, setErrors, bind, failed, save };
}
