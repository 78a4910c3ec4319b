import { useState, type FormEvent } from 'react';
import { LockedError, db } from '../../db';
import { Button, PassphraseField, showToast, useFocusAfter } from '../../ui';
import { localDateToday } from '../../lib/dates';
import { sv } from '../../lib/strings/for/backup';
import { backupFileText, createBackup } from './create-backup';
import { downloadText } from './download';

const MIN_PASSPHRASE = 8;
const PLAIN_BUTTON_ID = 'backup-plain';

/**
 * Saves a backup file: encrypted under a passphrase, or after a warning, unencrypted. The warning
 * closes (saved or cancelled) with focus back on the button that opened it; a refused passphrase
 * is said as it appears, with focus on its field.
 */
export function CreateBackup() {
  const t = sv.backup.create;
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; repeat?: string }>({});
  const [busy, setBusy] = useState(false);
  const [confirmPlain, setConfirmPlain] = useState(false);
  const focusAfter = useFocusAfter();
  const closePlain = () => {
    setConfirmPlain(false);
    focusAfter(PLAIN_BUTTON_ID);
  };

  const save = async (secret: string | undefined) => {
    setBusy(true);
    try {
      const text = await backupFileText(await createBackup(db), secret);
      downloadText(t.fileName(localDateToday(), secret !== undefined), text, 'application/json');
      showToast({ message: t.saved });
      setPassphrase('');
      setRepeat('');
      if (secret === undefined) closePlain();
      else setConfirmPlain(false);
    } catch (error) {
      showToast({
        message: error instanceof LockedError ? error.message : t.failed,
        tone: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const next = {
      passphrase: passphrase.length < MIN_PASSPHRASE ? t.tooShort : undefined,
      repeat: passphrase.length >= MIN_PASSPHRASE && repeat !== passphrase ? t.mismatch : undefined,
    };
    setErrors(next);
    if (!next.passphrase && !next.repeat) void save(passphrase);
    else {
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
    }
  };

  return (
    <section aria-labelledby="create-backup-heading" className="backup-section">
      <h2 id="create-backup-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <PassphraseField
          label={t.passphrase}
          hint={t.passphraseHint}
          error={errors.passphrase}
          announce
          value={passphrase}
          onChange={setPassphrase}
          isNew
        />
        <PassphraseField
          label={t.repeat}
          error={errors.repeat}
          announce
          value={repeat}
          onChange={setRepeat}
          isNew
        />
        <div className="backup-buttons">
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? t.saving : t.save}
          </Button>
          <Button
            id={PLAIN_BUTTON_ID}
            busy={busy}
            onClick={() => setConfirmPlain(true)}
            aria-expanded={confirmPlain}
          >
            {t.unencrypted}
          </Button>
        </div>
      </form>
      {confirmPlain ? (
        <div className="backup-confirm" role="group" aria-labelledby="plain-heading">
          <h3 id="plain-heading">{t.confirmHeading}</h3>
          <p>{t.confirmBody}</p>
          <div className="backup-buttons">
            <Button variant="danger" busy={busy} onClick={() => void save(undefined)}>
              {t.confirm}
            </Button>
            <Button onClick={closePlain}>{sv.cancel}</Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
