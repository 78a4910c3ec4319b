import { useState, type FormEvent } from 'react';
import { db, LOCK_SETTINGS, setMeta, type LockSettings } from '../../db';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { saveFailedText } from '../../lib/save-failed';

const wholeIn = (text: string, min: number, max: number) => {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/**
 * Minutes before the idle lock, and failed unlocks before the local data is wiped. Settings saved
 * here or in another tab replace what the fields show without remounting the form (a remount
 * would drop the focused button's focus to the body). A refused value is said at its field, and
 * focus goes there so that a screen reader reads the message.
 */
export function LockSettingsForm({ stored }: { stored: LockSettings }) {
  const t = sv.lock.settings;
  const [idle, setIdle] = useState(String(stored.idleMinutes));
  const [failures, setFailures] = useState(String(stored.maxFailures));
  const [errors, setErrors] = useState<{ idle?: string; failures?: string }>({});
  const [shown, setShown] = useState(stored);
  if (stored.idleMinutes !== shown.idleMinutes || stored.maxFailures !== shown.maxFailures) {
    setShown(stored);
    setIdle(String(stored.idleMinutes));
    setFailures(String(stored.maxFailures));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const idleMinutes = wholeIn(idle, 1, 240);
    const maxFailures = wholeIn(failures, 3, 100);
    setErrors({
      idle: idleMinutes === null ? t.badIdle : undefined,
      failures: maxFailures === null ? t.badFailures : undefined,
    });
    if (idleMinutes === null || maxFailures === null) {
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    try {
      await setMeta(db, LOCK_SETTINGS, { idleMinutes, maxFailures });
      showToast({ message: t.settingsSaved });
    } catch (error) {
      showToast({ message: saveFailedText(error), tone: 'error' });
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t.idleMinutes} hint={t.idleHint} error={errors.idle ?? null}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={idle}
            onChange={(e) => setIdle(e.target.value)}
          />
        )}
      </Field>
      <Field label={t.maxFailures} hint={t.maxFailuresHint} error={errors.failures ?? null}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={failures}
            onChange={(e) => setFailures(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit">{t.saveSettings}</Button>
    </form>
  );
}
