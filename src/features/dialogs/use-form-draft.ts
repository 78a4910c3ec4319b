import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../../db';
import { setUnsaved } from '../../lib/unsaved';
import { isStorageFull } from '../../lib/save-failed';
import { discardDraft, saveDraft } from './drafts';
import { sameForm, type DialogFormState } from './form-state';

export const UNSAVED_KEY = 'dialog-form';

/**
 * Keeps the form's draft in `db.drafts` on every change: written at once, one write at a time,
 * the latest state winning (no debounce, so a reload right after typing still finds it). While the
 * form differs from where it started, the app knows there is unsaved input (the update reload
 * waits, leaving asks) and closing the tab asks too. A form back at its start deletes the draft.
 */
export function useFormDraft(draftId: string, initial: DialogFormState, state: DialogFormState) {
  const latest = useRef<DialogFormState | null | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const scheduled = useRef(false);
  const stopped = useRef(false);
  const [stored, setStored] = useState(false);
  /** Why the last draft write failed (the device full, or another failure), or null. */
  const [failure, setFailure] = useState<'full' | 'other' | null>(null);
  const dirty = !sameForm(state, initial);

  const push = useCallback(
    (form: DialogFormState | null) => {
      if (stopped.current) return;
      latest.current = form;
      if (scheduled.current) return;
      scheduled.current = true;
      chain.current = chain.current
        .then(async () => {
          scheduled.current = false;
          const value = latest.current;
          latest.current = undefined;
          if (stopped.current || value === undefined) return;
          if (value === null) await discardDraft(db, draftId);
          else await saveDraft(db, draftId, value);
          setStored(value !== null);
          setFailure(null);
        })
        .catch((error: unknown) => {
          // The draft could not be stored: the form still holds every character, but only while
          // the page is open, and the form and the leave question must say so.
          setStored(false);
          setFailure(isStorageFull(error) ? 'full' : 'other');
        });
    },
    [draftId],
  );

  useEffect(() => push(dirty ? state : null), [push, dirty, state]);

  useEffect(() => {
    setUnsaved(UNSAVED_KEY, dirty, failure === null);
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, failure]);

  useEffect(() => () => setUnsaved(UNSAVED_KEY, false), []);

  /** Stops writing drafts and waits for a write in flight (before saving the entry). */
  const stop = useCallback(async () => {
    stopped.current = true;
    await chain.current;
  }, []);
  /** Writes drafts again (after a save that failed) and stores the current state at once. */
  const resume = useCallback(
    (form: DialogFormState) => {
      stopped.current = false;
      push(form);
    },
    [push],
  );

  return {
    dirty,
    stored: dirty && stored,
    /** Set while the changes are not kept as a draft because writing it failed. */
    failure: dirty ? failure : null,
    stop,
    resume,
  };
}
