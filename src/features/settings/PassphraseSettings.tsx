import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import {
  changePassphrase,
  db,
  getLockSettings,
  removePassphrase,
  sessionOf,
  setPassphrase,
} from '../../db';
import { Button, showToast, useFocusAfter } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { PassphraseForm } from './PassphraseForm';
import { LockSettingsForm } from './LockSettingsForm';
import { BiometricSettings } from './BiometricSettings';

const HEADING_ID = 'passphrase-heading';

/**
 * Set, change or remove the passphrase that encrypts free text on the device; lock settings. Each
 * of these swaps the form or button that was used for another one, so focus goes to the section's
 * heading (the status under it says what changed) instead of falling to the body.
 */
export function PassphraseSettings() {
  const t = sv.lock.settings;
  const state = useStore(sessionOf(db), (s) => s.state);
  const settings = useLiveQuery(() => getLockSettings(db), []);
  const focusAfter = useFocusAfter();

  const remove = async () => {
    if (!window.confirm(t.removeConfirm)) return;
    try {
      await removePassphrase(db);
      focusAfter(HEADING_ID);
      showToast({ message: t.removeDone });
    } catch {
      showToast({ message: t.failed, tone: 'error' });
    }
  };

  return (
    <section aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1}>
        {t.heading}
      </h2>
      <p className={state === 'unlocked' ? undefined : 'notice'}>
        {state === 'unlocked' || state === 'locked' ? t.statusEncrypted : t.statusOpen}
      </p>
      <p>{t.explain}</p>
      {state === 'open' ? (
        <PassphraseForm
          submitLabel={t.set}
          onSubmit={async (passphrase) => {
            await setPassphrase(db, passphrase);
            focusAfter(HEADING_ID);
            showToast({ message: t.setDone });
          }}
        />
      ) : null}
      {state === 'unlocked' ? (
        <>
          <h3>{t.change}</h3>
          <PassphraseForm
            submitLabel={t.change}
            onSubmit={async (passphrase) => {
              await changePassphrase(db, passphrase);
              focusAfter(HEADING_ID);
              showToast({ message: t.changeDone });
            }}
          />
          <Button variant="danger" onClick={() => void remove()}>
            {t.remove}
          </Button>
          <BiometricSettings />
        </>
      ) : null}
      {state === 'locked' ? <p>{t.lockedHint}</p> : null}
      {settings ? <LockSettingsForm stored={settings} /> : null}
    </section>
  );
}
