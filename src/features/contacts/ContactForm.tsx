import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, listOrganisationNames } from '../../db';
import { privacyWarning } from '../../lib/privacy-warning';
import type { Contact } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/contacts';
import { setUnsaved } from '../../lib/unsaved';
import { Button, Field, showToast } from '../../ui';
import { saveFailedText } from '../../lib/save-failed';
import { saveContact } from './actions';
import { CategorySelect } from './CategorySelect';
import {
  contactToValues,
  emptyContactValues,
  validateContact,
  type ContactFormErrors,
  type ContactFormValues,
} from './contact-form';
import { PhoneFields } from './PhoneFields';

const NO_ERRORS: ContactFormErrors = { fields: {}, phones: {}, any: false };

/**
 * Adds or edits a contact. Bad input gets a Swedish message at the field and every typed value
 * stays; leaving with unsaved input asks first. Saving works offline.
 */
export function ContactForm({
  contact,
  level,
  onDone,
}: {
  contact?: Contact;
  level: 2 | 3 | 4;
  onDone: () => void;
}) {
  const t = sv.contacts.form;
  const [initial] = useState<ContactFormValues>(() =>
    contact ? contactToValues(contact) : emptyContactValues(),
  );
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<ContactFormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const unsavedKey = `contact-form-${contact?.id ?? 'new'}`;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => setUnsaved(unsavedKey, dirty), [unsavedKey, dirty]);
  useEffect(() => () => setUnsaved(unsavedKey, false), [unsavedKey]);
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const set = <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const organisationNames = useLiveQuery(() => listOrganisationNames(db), [], []);
  const noteWarning = privacyWarning(values.note, organisationNames);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateContact(values);
    setErrors(result.errors);
    if (!result.changes) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      await saveContact(db, contact?.id ?? null, {
        ...result.changes,
        privacyAcknowledged: noteWarning !== null,
      });
      setUnsaved(unsavedKey, false);
      showToast({ message: t.saved });
      onDone();
    } catch (error) {
      showToast({ message: saveFailedText(error), tone: 'error' });
      setBusy(false);
    }
  };

  const cancel = () => {
    if (dirty && !window.confirm(sv.discardChanges)) return;
    setUnsaved(unsavedKey, false);
    onDone();
  };

  const Heading = (['h2', 'h3', 'h4'] as const)[level - 2] ?? 'h2';
  const e = errors.fields;
  return (
    <form
      ref={form}
      className="form card contact-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(ev) => void submit(ev)}
    >
      <Heading id={headingId} ref={heading} tabIndex={-1} className="card-title">
        {contact ? t.editTitle(contact.role) : t.newTitle}
      </Heading>
      {errors.any ? (
        <p role="alert" className="field-error">
          {t.hasErrors}
        </p>
      ) : null}
      <Field label={t.role} hint={t.roleHint} error={e.role} required>
        {(props) => (
          <input
            {...props}
            maxLength={220}
            value={values.role}
            onChange={(ev) => set('role', ev.target.value)}
          />
        )}
      </Field>
      <Field label={t.organisation} error={e.organisation}>
        {(props) => (
          <input
            {...props}
            maxLength={220}
            value={values.organisation}
            onChange={(ev) => set('organisation', ev.target.value)}
          />
        )}
      </Field>
      <Field label={t.name} error={e.name}>
        {(props) => (
          <input
            {...props}
            maxLength={220}
            autoComplete="off"
            value={values.name}
            onChange={(ev) => set('name', ev.target.value)}
          />
        )}
      </Field>
      <Field label={t.category}>
        {(props) => (
          <CategorySelect {...props} value={values.category} onChange={(c) => set('category', c)} />
        )}
      </Field>
      <PhoneFields
        rows={values.phones}
        errors={errors.phones}
        onChange={(rows) => set('phones', rows)}
      />
      <Field label={t.email} error={e.email}>
        {(props) => (
          <input
            {...props}
            type="email"
            inputMode="email"
            autoComplete="off"
            maxLength={220}
            value={values.email}
            onChange={(ev) => set('email', ev.target.value)}
          />
        )}
      </Field>
      <Field label={t.note} warning={noteWarning} error={e.note}>
        {(props) => (
          <textarea
            {...props}
            value={values.note}
            onChange={(ev) => set('note', ev.target.value)}
          />
        )}
      </Field>
      <Field label={t.verifiedAt} hint={t.verifiedHint} error={e.verifiedAt}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={values.verifiedAt}
            onChange={(ev) => set('verifiedAt', ev.target.value)}
          />
        )}
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? sv.saving : t.save}
        </Button>
        <Button onClick={cancel}>{sv.cancel}</Button>
      </div>
    </form>
  );
}
