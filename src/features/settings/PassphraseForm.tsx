import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    // A refused passphrase: its message is said as it appears, and focus goes to its field.
    // Drawn at once (also after an await), so the field is marked before it takes focus.
    const refuse = (next: typeof errors) => {
      flushSync(() => setErrors(next));
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    };
    if (first.length < MIN_PASSPHRASE_LENGTH) {
      refuse({ first: t.tooShort(MIN_PASSPHRASE_LENGTH) });
      return;
    }
    if (first !== second) {
      refuse({ second: t.mismatch });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(first);
      setFirst('');
      setSecond('');
    } catch {
      refuse({ first: t.failed });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <PassphraseField
        label={t.newPassphrase}
        error={errors.first ?? null}
        announce
        value={first}
        onChange={setFirst}
        isNew
      />
      <PassphraseField
        label={t.repeat}
        error={errors.second ?? null}
        announce
        value={second}
        onChange={setSecond}
        isNew
      />
      <Button type="submit" variant="primary" busy={busy}>
        {busy ? t.working : submitLabel}
      </Button>
    </form>
  );
}
