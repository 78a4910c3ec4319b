import { useEffect, useState } from 'react';
import { setUnsaved } from '../../lib/unsaved';

/**
 * Form values with a dirty mark: while the values differ from the start, the app asks before
 * leaving and the update banner waits, so nothing typed is lost.
 */
export function useFormState<T extends object>(key: string, initial: T) {
  const [start] = useState(initial);
  const [values, setValues] = useState(initial);
  const dirty = JSON.stringify(values) !== JSON.stringify(start);
  useEffect(() => {
    setUnsaved(key, dirty);
    return () => setUnsaved(key, false);
  }, [key, dirty]);
  const set =
    <K extends keyof T>(field: K) =>
    (value: T[K]) =>
      setValues((prev) => ({ ...prev, [field]: value }));
  return { values, set, dirty, clean: () => setUnsaved(key, false) };
}
