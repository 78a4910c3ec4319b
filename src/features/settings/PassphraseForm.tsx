import { useState, type FormEvent } from 'react';
import { Button, Field } from '../../ui';
import { sv } from '../../lib/strings';
import { MIN_PASSPHRASE_LENGTH } from '../../db';

/** Two fields for a new passphrase, checked (length, both alike) before `onSubmit` runs. */
export function PassphraseForm({
  submitLabel,
  onSubmit,
}: {
  submitLabel: string;
  onSubmit: (passphrase: string) => Promise<void>;
}) {
  const t = sv.lock.settings;
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [errors, setErrors] = useState<{ first?: string; second?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (first.length < MIN_PASSPHRASE_LENGTH) {
      setErrors({ first: t.tooShort(MIN_PASSPHRASE_LENGTH) });
      return;
    }
    if (first !== second) {
      setErrors({ second: t.mismatch });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(first);
      setFirst('');
      setSecond('');
    } catch {
      setErrors({ first: t.failed });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t.newPassphrase} error={errors.first ?? null}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            value={first}
            onChange={(e) => setFirst(e.target.value)}
          />
        )}
      </Field>
      <Field label={t.repeat} error={errors.second ?? null}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            value={second}
            onChange={(e) => setSecond(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? t.working : submitLabel}
      </Button>
    </form>
  );
}
