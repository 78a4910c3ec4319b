import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { db } from '../../db';
import { readBackupText, type BackupFile } from '../../shared/backup';
import { syncEngine } from '../../sync';
import { Button, Field, PassphraseField, showToast, useFocusAfter } from '../../ui';
import { sv } from '../../lib/strings/for/backup';
import { BackupSummary, QUESTION_ID, RESTORE_BUTTON_ID, SUMMARY_HEADING_ID } from './BackupSummary';
import { restoreBackup, restoreFailureMessage } from './restore-backup';

type Stage =
  | { step: 'choose' }
  | { step: 'passphrase'; text: string }
  | { step: 'ready'; backup: BackupFile; confirming: boolean };

const HEADING_ID = 'restore-heading';

/**
 * Restore: choose a file, give its passphrase if it is encrypted, see what it holds, confirm.
 * The file is checked completely before anything changes; a refused file changes nothing. Each
 * step replaces the controls of the one before, so focus moves on with it (to the passphrase
 * field, to what the file holds, the question, back to the button, or to the heading once
 * restored), never to the body.
 */
export function RestoreBackup() {
  const t = sv.backup.restore;
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [fileError, setFileError] = useState<string | null>(null);
  const [passError, setPassError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pendingHere = useLiveQuery(() => db.outbox.count(), []) ?? 0;
  const focusAfter = useFocusAfter();
  const passphraseForm = useRef<HTMLFormElement>(null);
  // An encrypted file asks for its passphrase where focus is (it stayed on the file field).
  useEffect(() => {
    if (stage.step === 'passphrase') passphraseForm.current?.querySelector('input')?.focus();
  }, [stage.step]);

  const fail = (setError: (message: string) => void, message: string) => {
    setError(message);
    setAnnouncement(message);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileError(null);
    setPassError(null);
    setAnnouncement('');
    setStage({ step: 'choose' });
    if (!file) return;
    setBusy(t.reading);
    try {
      const text = await file.text();
      const result = await readBackupText(text);
      if (result.ok) {
        setStage({ step: 'ready', backup: result.value, confirming: false });
        focusAfter(SUMMARY_HEADING_ID);
      } else if (result.problem.kind === 'needsPassphrase') setStage({ step: 'passphrase', text });
      else fail(setFileError, sv.backup.problem(result.problem));
    } catch {
      fail(setFileError, sv.errors.generic);
    } finally {
      setBusy(null);
    }
  };

  const onOpen = async (event: FormEvent, text: string) => {
    event.preventDefault();
    setPassError(null);
    setBusy(t.opening);
    try {
      const result = await readBackupText(text, passphrase);
      if (result.ok) {
        setPassphrase('');
        setStage({ step: 'ready', backup: result.value, confirming: false });
        focusAfter(SUMMARY_HEADING_ID);
      } else {
        fail(setPassError, sv.backup.problem(result.problem));
      }
    } catch {
      fail(setPassError, sv.errors.generic);
    } finally {
      setBusy(null);
    }
  };

  const onRestore = async (backup: BackupFile) => {
    setBusy(t.restoring);
    try {
      const outcome = await restoreBackup(db, backup);
      const message = t.done(outcome.queued);
      setStage({ step: 'choose' });
      focusAfter(HEADING_ID);
      setAnnouncement(message);
      showToast({ message });
      void syncEngine.syncNow();
    } catch (error) {
      const message = restoreFailureMessage(error);
      fail(setFileError, message);
      setStage({ step: 'ready', backup, confirming: false });
      focusAfter(RESTORE_BUTTON_ID);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby={HEADING_ID} className="backup-section">
      <h2 id={HEADING_ID} tabIndex={-1}>
        {t.heading}
      </h2>
      <p>{t.intro}</p>
      <Field label={t.file} error={fileError}>
        {(props) => (
          <input
            {...props}
            type="file"
            accept="application/json,.json"
            onChange={(e) => void onFile(e)}
          />
        )}
      </Field>
      {stage.step === 'passphrase' ? (
        <form
          ref={passphraseForm}
          className="form"
          onSubmit={(e) => void onOpen(e, stage.text)}
          noValidate
        >
          <PassphraseField
            label={t.passphrase}
            error={passError}
            value={passphrase}
            onChange={setPassphrase}
          />
          <div className="backup-buttons">
            <Button type="submit" variant="primary" busy={busy !== null}>
              {t.open}
            </Button>
          </div>
        </form>
      ) : null}
      {stage.step === 'ready' ? (
        <BackupSummary
          backup={stage.backup}
          pendingHere={pendingHere}
          confirming={stage.confirming}
          busy={busy !== null}
          onAsk={() => {
            setStage({ ...stage, confirming: true });
            focusAfter(QUESTION_ID);
          }}
          onCancel={() => {
            setStage({ ...stage, confirming: false });
            focusAfter(RESTORE_BUTTON_ID);
          }}
          onConfirm={() => void onRestore(stage.backup)}
        />
      ) : null}
      {busy ? <p className="loading">{busy}</p> : null}
      <p className="vh" role="status">
        {announcement}
      </p>
    </section>
  );
}
