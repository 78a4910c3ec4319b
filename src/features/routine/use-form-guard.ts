import { useEffect } from 'react';
import { setUnsaved } from '../../lib/unsaved';

/** Marks a form's input unsaved while it differs from what it started with; cleared on unmount. */
export function useFormGuard(key: string, dirty: boolean): void {
  useEffect(() => setUnsaved(key, dirty), [key, dirty]);
  useEffect(() => () => setUnsaved(key, false), [key]);
}
