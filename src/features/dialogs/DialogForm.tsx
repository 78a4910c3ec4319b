import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { db } from '../../db';
import { LOG_KINDS, type Organisation } from '../../shared/schemas';
import { showToast } from '../../ui';
import { setUnsaved } from '../../lib/unsaved';
import { sv } from '../../lib/strings/for/dialogs';
import { saveFailedText } from '../../lib/save-failed';
import { saveLogEntry } from './actions';
import { DETAIL_KEYS, DetailsFields } from './DetailsFields';
import { CoreFields } from './CoreFields';
import { DraftNotice, FormActions } from './FormParts';
import { withKind, type DialogFormState } from './form-state';
import type { ActivityOption } from './hooks';
import { logStore } from './log-store';
import { RadioChips, optionsOf } from './RadioChips';
import { chosenOrganisations, toEntryFields } from './to-entry';
import { UNSAVED_KEY, useFormDraft } from './use-form-draft';
import { privacyMessage, privacyWarnings, validateForm } from './validate-form';
import './dialogs.css';

export interface DialogFormProps {
  entryId: string | null;
  draftId: string;
  initial: DialogFormState;
  /** A stored draft to continue from, or null. */
  restored: DialogFormState | null;
  register: Organisation[];
  /** The whole register (merged and deleted ones included), live: the save resolves names with it. */
  organisations: Organisation[];
  activities: ActivityOption[];
}

/**
 * The log entry form. Only the date (and, for a dialog meeting, an organisation) is required; the
 * rest sits under "Fler uppgifter". Saving is one tap; the entry and any new organisations are
 * written in one transaction, and "Sparat" shows only after it committed. Bad input gets a message
 * at the field and nothing typed is ever cleared.
 */
export function DialogForm({
  entryId,
  draftId,
  initial,
  restored,
  register,
  organisations,
  activities,
}: DialogFormProps) {
  const [, navigate] = useLocation();
  const [state, setState] = useState<DialogFormState>(restored ?? initial);
  const [notice, setNotice] = useState(restored !== null);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  /** A refused save's message, said when focus was already on the field it is about. */
  const [said, setSaid] = useState('');
  const [moreOpen, setMoreOpen] = useState(entryId !== null);
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useFormDraft(draftId, initial, state);
  const t = sv.dialogs.form;

  const errors = useMemo(() => (submitted ? validateForm(state) : {}), [submitted, state]);
  const organisationNames = useMemo(() => register.map((o) => o.name), [register]);
  const hits = useMemo(() => privacyWarnings(state, organisationNames), [state, organisationNames]);
  const warnings = useMemo(
    () => Object.fromEntries(Object.entries(hits).map(([key, h]) => [key, privacyMessage(h)])),
    [hits],
  );

  // A refused save: focus on the first field with a message, which is read with it. Sent with
  // Enter from that very field, focus cannot move there, so the message is said instead (emptied
  // first, so the same message is said again at the next Enter).
  useEffect(() => {
    if (focusRequest === 0) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    if (field !== document.activeElement) return field.focus();
    const errorId = field
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-error'));
    const message = errorId ? (document.getElementById(errorId)?.textContent ?? '') : '';
    setSaid('');
    const frame = requestAnimationFrame(() => setSaid(message));
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const found = validateForm(state);
    setSubmitted(true);
    if (Object.keys(found).length > 0) {
      if (Object.keys(found).some((k) => DETAIL_KEYS.some((d) => k.startsWith(d))))
        setMoreOpen(true);
      setFocusRequest((n) => n + 1);
      return;
    }
    setSaving(true);
    await draft.stop();
    try {
      const fields = toEntryFields(state, Object.keys(hits).length > 0);
      const saved = await saveLogEntry(db, {
        id: entryId,
        fields,
        organisations: chosenOrganisations(state),
        draftId,
        register: organisations,
      });
      logStore.apply({ entries: [saved.entry], organisations: saved.newOrganisations });
      setUnsaved(UNSAVED_KEY, false);
      showToast({ message: t.saved });
      navigate(entryId ? `/dialoger/${entryId}` : '/dialoger');
    } catch (error) {
      draft.resume(state);
      setSaving(false);
      showToast({ message: saveFailedText(error), tone: 'error' }, 10_000);
    }
  }

  return (
    <form ref={formRef} className="form dialog-form" noValidate onSubmit={(e) => void submit(e)}>
      <p className="privacy-line">{t.privacyLine}</p>
      {notice ? (
        <DraftNotice
          onDiscard={() => {
            setState(initial);
            setNotice(false);
            setSubmitted(false);
          }}
        />
      ) : null}
      <RadioChips
        legend={t.kind}
        name="kind"
        options={optionsOf(LOG_KINDS, sv.dialogs.kinds)}
        value={state.kind}
        onChange={(kind) => setState((s) => withKind(s, kind))}
      />
      <CoreFields
        state={state}
        setState={setState}
        errors={errors}
        warnings={warnings}
        register={register}
      />
      <details className="more" open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary>{t.more}</summary>
        <DetailsFields
          state={state}
          setState={setState}
          errors={errors}
          warnings={warnings}
          activities={activities}
        />
      </details>
      <p className="vh" role="status">
        {Object.keys(errors).length > 0 ? said : ''}
      </p>
      <FormActions
        saving={saving}
        cancelHref={entryId ? `/dialoger/${entryId}` : '/dialoger'}
        draftStored={draft.stored}
        draftFailure={draft.failure}
      />
    </form>
  );
}
