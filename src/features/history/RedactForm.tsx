import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { MIN_REDACTION_LENGTH } from '../../shared/sync/history-protocol';
import { historyFieldLabel } from '../../lib/history-values';
import { sv } from '../../lib/strings/for/history';
import { Button, Field, showToast } from '../../ui';
import { RedactionError } from '../../sync';
import { redactField } from './actions';
import { useCanRedact } from './use-can-redact';

/** Free-text fields of each table that may hold a personal detail written by mistake. */
const REDACTABLE: Record<string, readonly string[]> = {
  logEntries: ['summary', 'followUps', 'topics', 'participantRoles', 'trainingAudience'],
  organisations: ['note', 'name'],
  contacts: ['name', 'note', 'role', 'organisation', 'email', 'phones'],
  routineSteps: ['what', 'title', 'when'],
  routineInfo: ['legalReference', 'title', 'revision', 'reviewedBy'],
  followUps: ['comment', 'history', 'assessedBy'],
  activities: ['comment', 'what', 'timing', 'indicator', 'actors', 'responsible'],
  areas: ['description', 'title'],
};

export const canRedactTable = (table: string): boolean => table in REDACTABLE;

/** "Ta bort personuppgift": choose the field, type the exact text, confirm. Online only. */
export function RedactForm({ table, recordId }: { table: string; recordId: string }) {
  const t = sv.history.redact;
  const fields = REDACTABLE[table] ?? [];
  const can = useCanRedact();
  const [field, setField] = useState(fields[0] ?? '');
  const [text, setText] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<{ text?: string; confirm?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const textField = useRef<HTMLInputElement>(null);
  const confirmField = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const next: typeof errors = {};
    if (text.trim().length < MIN_REDACTION_LENGTH) next.text = t.tooShort;
    if (!confirmed) next.confirm = t.mustConfirm;
    // Drawn at once: the first field to fix takes focus with its error already tied to it.
    flushSync(() => setErrors(next));
    if (next.text) return textField.current?.focus();
    if (next.confirm) return confirmField.current?.focus();
    setBusy(true);
    try {
      const result = await redactField(table, recordId, field, text);
      setText('');
      setConfirmed(false);
      showToast({ message: result.synced ? t.done(result.replaced) : t.doneNotSynced });
    } catch (error) {
      const message = error instanceof RedactionError ? error.message : sv.errors.generic;
      setErrors({ form: message });
    } finally {
      setBusy(false);
    }
  };

  const notice = can === 'offline' ? t.offline : can === 'unpaired' ? t.unpaired : null;
  return (
    <form className="form history-redact" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t.intro}</p>
      {notice ? <p className="notice">{notice}</p> : null}
      <Field label={t.field}>
        {(props) => (
          <select {...props} value={field} onChange={(e) => setField(e.target.value)}>
            {fields.map((f) => (
              <option key={f} value={f}>
                {historyFieldLabel(table, f)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.text} hint={t.textHint} error={errors.text}>
        {(props) => (
          <input
            {...props}
            ref={textField}
            value={text}
            maxLength={2000}
            autoComplete="off"
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <div className={`field${errors.confirm ? ' field-invalid' : ''}`}>
        <label className="history-confirm">
          <input
            ref={confirmField}
            type="checkbox"
            checked={confirmed}
            aria-invalid={Boolean(errors.confirm)}
            aria-describedby={errors.confirm ? 'redact-confirm-error' : undefined}
            onChange={(e) => setConfirmed(e.target.checked)}
          />
          <span>{t.confirm}</span>
        </label>
        {errors.confirm ? (
          <p id="redact-confirm-error" className="field-error">
            {errors.confirm}
          </p>
        ) : null}
      </div>
      {errors.form ? (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {/* Busy, it stays focusable, so focus is still here when the answer comes. */}
      <Button type="submit" variant="danger" disabled={can !== 'ok'} busy={busy}>
        {busy ? t.busy : t.submit}
      </Button>
    </form>
  );
}
