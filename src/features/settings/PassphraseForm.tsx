import { useState, type FormEvent } from 'react';
import { Button, PassphraseField } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
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
      <PassphraseField
        label={t.newPassphrase}
        error={errors.first ?? null}
        value={first}
        onChange={setFirst}
        isNew
      />
      <PassphraseField
        label={t.repeat}
        error={errors.second ?? null}
        value={second}
        onChange={setSecond}
        isNew
      />
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? t.working : submitLabel}
      </Button>
    </form>
  );
}
