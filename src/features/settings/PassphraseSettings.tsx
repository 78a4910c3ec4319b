import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import { db, getLockSettings, removePassphrase, sessionOf, setPassphrase } from '../../db';
import { Button, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { PassphraseForm } from './PassphraseForm';
import { LockSettingsForm } from './LockSettingsForm';
import { BiometricSettings } from './BiometricSettings';

/** Set, change or remove the passphrase that encrypts free text on the device; lock settings. */
export function PassphraseSettings() {
  const t = sv.lock.settings;
  const state = useStore(sessionOf(db), (s) => s.state);
  const settings = useLiveQuery(() => getLockSettings(db), []);

  const remove = async () => {
    if (!window.confirm(t.removeConfirm)) return;
    try {
      await removePassphrase(db);
      showToast({ message: t.removeDone });
    } catch {
      showToast({ message: t.failed, tone: 'error' });
    }
  };

  return (
    <section aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading">{t.heading}</h2>
      <p className={state === 'unlocked' ? undefined : 'notice'}>
        {state === 'unlocked' || state === 'locked' ? t.statusEncrypted : t.statusOpen}
      </p>
      <p>{t.explain}</p>
      {state === 'open' ? (
        <PassphraseForm
          submitLabel={t.set}
          onSubmit={async (passphrase) => {
            await setPassphrase(db, passphrase);
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
              await removePassphrase(db);
              await setPassphrase(db, passphrase);
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
      {settings ? (
        <LockSettingsForm
          key={`${settings.idleMinutes}-${settings.maxFailures}`}
          stored={settings}
        />
      ) : null}
    </section>
  );
}
