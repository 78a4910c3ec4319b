import { useEffect, useRef, useState, type FormEvent } from 'react';
import { db } from '../../db';
import { LIMITS, ORGANISATION_KINDS, WISHES_DIALOG, type Organisation } from '../../shared/schemas';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/dialogs';
import { privacyWarning } from '../../lib/privacy-warning';
import { setUnsaved } from '../../lib/unsaved';
import { saveFailedText } from '../../lib/save-failed';
import { nameTaken, saveOrganisation, type OrganisationFields } from './organisation-actions';
import { RadioChips, optionsOf } from './RadioChips';

const EMPTY: OrganisationFields = {
  name: '',
  kind: 'forening',
  wishesDialog: 'okant',
  firstContact: null,
  note: '',
};

/** Adds (no `organisation`) or edits one organisation of the register. */
export function OrganisationForm({
  organisation,
  all,
  onDone,
}: {
  organisation: Organisation | null;
  all: Organisation[];
  onDone: () => void;
}) {
  const t = sv.dialogs.organisations;
  const [fields, setFields] = useState<OrganisationFields>(organisation ?? EMPTY);
  const [submitted, setSubmitted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const set = (patch: Partial<OrganisationFields>) => setFields((f) => ({ ...f, ...patch }));
  // Typed input is not kept as a draft: leaving the page asks first, and Avbryt too.
  const unsavedKey = `organisation-form-${organisation?.id ?? 'new'}`;
  const dirty = JSON.stringify(fields) !== JSON.stringify(organisation ?? EMPTY);
  useEffect(() => setUnsaved(unsavedKey, dirty), [unsavedKey, dirty]);
  useEffect(() => () => setUnsaved(unsavedKey, false), [unsavedKey]);
  const formRef = useRef<HTMLFormElement>(null);
  // The form replaces the button that opened it: focus starts at its first field.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input')?.focus(), []);
  // A refused save: focus on the first field with a message, once it is drawn (marked invalid and
  // described by it), so the message is read with the field.
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);
  const nameError = !fields.name.trim()
    ? t.nameMissing
    : fields.name.trim().length > LIMITS.shortText
      ? sv.dialogs.errors.tooLong(LIMITS.shortText, fields.name.trim().length)
      : nameTaken(all, fields.name, organisation?.id ?? null)
        ? t.nameTaken
        : null;
  // The organisation's own name (as typed) is not a personal name either.
  const noteWarning = privacyWarning(fields.note, [fields.name, ...all.map((o) => o.name)]);
  const noteError =
    fields.note.length > LIMITS.longText
      ? sv.dialogs.errors.tooLong(LIMITS.longText, fields.note.length)
      : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (nameError || noteError) {
      setFocusRequest((n) => n + 1);
      return;
    }
    try {
      await saveOrganisation(db, organisation?.id ?? null, {
        ...fields,
        privacyAcknowledged: noteWarning !== null,
      });
      setUnsaved(unsavedKey, false);
      showToast({ message: t.saved });
      onDone();
    } catch (error) {
      showToast({ message: saveFailedText(error), tone: 'error' });
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(e) => void submit(e)}>
      <Field label={t.name} error={submitted ? nameError : null} required announce>
        {(props) => (
          <input
            {...props}
            type="text"
            value={fields.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </Field>
      <Field label={t.kind}>
        {(props) => (
          <select
            {...props}
            value={fields.kind}
            onChange={(e) => set({ kind: e.target.value as Organisation['kind'] })}
          >
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.kinds[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RadioChips
        legend={t.wishesDialog}
        name={`wishes-${organisation?.id ?? 'new'}`}
        options={optionsOf(WISHES_DIALOG, t.wishes)}
        value={fields.wishesDialog}
        onChange={(wishesDialog) => set({ wishesDialog })}
      />
      <Field label={t.firstContact}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={fields.firstContact ?? ''}
            onChange={(e) => set({ firstContact: e.target.value || null })}
          />
        )}
      </Field>
      <Field label={t.note} warning={noteWarning} error={submitted ? noteError : null}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={fields.note}
            onChange={(e) => set({ note: e.target.value })}
          />
        )}
      </Field>
      <div className="row">
        <Button type="submit" variant="primary">
          {sv.save}
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            if (dirty && !window.confirm(sv.discardChanges)) return;
            onDone();
          }}
        >
          {sv.cancel}
        </Button>
      </div>
    </form>
  );
}
