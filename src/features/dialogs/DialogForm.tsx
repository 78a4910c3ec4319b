import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { db } from '../../db';
import { LOG_KINDS, type Organisation } from '../../shared/schemas';
import { Button, Field, showToast } from '../../ui';
import { hasUnsavedInput, setUnsaved } from '../../lib/unsaved';
import { sv } from '../../lib/strings';
import { saveLogEntry } from './actions';
import { DETAIL_KEYS, DetailsFields } from './DetailsFields';
import { withKind, type DialogFormState } from './form-state';
import type { ActivityOption } from './hooks';
import { KindFields } from './KindFields';
import { logStore } from './log-store';
import { OrganisationPicker } from './OrganisationPicker';
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
  activities,
}: DialogFormProps) {
  const [, navigate] = useLocation();
  const [state, setState] = useState<DialogFormState>(restored ?? initial);
  const [notice, setNotice] = useState(restored !== null);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [moreOpen, setMoreOpen] = useState(entryId !== null);
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useFormDraft(draftId, initial, state);
  const t = sv.dialogs.form;

  const errors = useMemo(() => (submitted ? validateForm(state) : {}), [submitted, state]);
  const hits = useMemo(() => privacyWarnings(state), [state]);
  const warnings = useMemo(
    () => Object.fromEntries(Object.entries(hits).map(([key, h]) => [key, privacyMessage(h)])),
    [hits],
  );

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
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
      });
      logStore.apply({ entries: [saved.entry], organisations: saved.newOrganisations });
      setUnsaved(UNSAVED_KEY, false);
      showToast({ message: t.saved });
      navigate(entryId ? `/dialoger/${entryId}` : '/dialoger');
    } catch {
      draft.resume(state);
      setSaving(false);
      showToast({ message: sv.errors.saveFailed, tone: 'error' }, 10_000);
    }
  }

  const set = (patch: Partial<DialogFormState>) => setState((s) => ({ ...s, ...patch }));
  const cancelHref = entryId ? `/dialoger/${entryId}` : '/dialoger';
  return (
    <form ref={formRef} className="form dialog-form" noValidate onSubmit={(e) => void submit(e)}>
      <p className="privacy-line">{t.privacyLine}</p>
      {notice ? (
        <div className="notice draft-notice">
          <p>
            <strong>{t.draftRestored}</strong> {t.draftRestoredBody}
          </p>
          <Button
            onClick={() => {
              setState(initial);
              setNotice(false);
              setSubmitted(false);
            }}
          >
            {t.discardDraft}
          </Button>
        </div>
      ) : null}
      <RadioChips
        legend={t.kind}
        name="kind"
        options={optionsOf(LOG_KINDS, sv.dialogs.kinds)}
        value={state.kind}
        onChange={(kind) => setState((s) => withKind(s, kind))}
      />
      <div className="form-pair">
        <Field label={t.date} error={errors.date} required>
          {(props) => (
            <input
              {...props}
              type="date"
              value={state.date}
              onChange={(e) => set({ date: e.target.value })}
            />
          )}
        </Field>
        <Field label={t.time} error={errors.time}>
          {(props) => (
            <input
              {...props}
              type="time"
              value={state.time}
              onChange={(e) => set({ time: e.target.value })}
            />
          )}
        </Field>
      </div>
      <KindFields state={state} setState={setState} errors={errors} warnings={warnings} />
      {state.kind === 'intervention' ? null : (
        <Field
          label={t.organisation}
          hint={t.organisationHint}
          error={errors.organisation}
          required={state.kind === 'dialog'}
        >
          {(props) => (
            <OrganisationPicker
              inputProps={props}
              register={register}
              chosen={state.organisations}
              text={state.organisationText}
              onChange={(organisations, organisationText) =>
                set({ organisations, organisationText })
              }
            />
          )}
        </Field>
      )}
      <Field label={t.summary} error={errors.summary} warning={warnings.summary}>
        {(props) => (
          <textarea
            {...props}
            rows={5}
            value={state.summary}
            onChange={(e) => set({ summary: e.target.value })}
          />
        )}
      </Field>
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
      <div className="form-actions">
        <Button type="submit" variant="primary" large aria-disabled={saving}>
          {t.save}
        </Button>
        <Link
          href={cancelHref}
          className="btn btn-ghost"
          onClick={(e) => {
            if (hasUnsavedInput() && !window.confirm(t.leaveQuestion)) e.preventDefault();
          }}
        >
          {t.cancel}
        </Link>
        {draft.stored ? <p className="field-hint draft-saved">{t.draftSaved}</p> : null}
      </div>
    </form>
  );
}
