import { useEffect, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import {
  createPrfCredential,
  db,
  enrolBiometric,
  forgetCredential,
  getBiometric,
  platformPrfOffered,
  removeBiometric,
  sessionOf,
  WrongPassphraseError,
} from '../../db';
import { Button, PassphraseField, showToast, useFocusAfter } from '../../ui';
import { sv } from '../../lib/strings/for/settings';

/**
 * Turns unlocking with the phone's fingerprint or face (WebAuthn PRF) on or off. Offered only while
 * unlocked with a passphrase on a device with a platform authenticator; an authenticator that
 * cannot derive a key is refused at enrolment and nothing is stored. Turning it on or off swaps the
 * form for the off button or back, so focus goes to the section's heading, not to the body.
 */
export function BiometricSettings() {
  const t = sv.lock.biometric;
  const state = useStore(sessionOf(db), (s) => s.state);
  const wrapping = useLiveQuery(() => getBiometric(db), []);
  const [offered, setOffered] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const focusAfter = useFocusAfter();

  useEffect(() => {
    let live = true;
    void platformPrfOffered().then((yes) => live && setOffered(yes));
    return () => {
      live = false;
    };
  }, []);

  if (state !== 'unlocked' || wrapping === undefined || (!offered && !wrapping)) return null;

  async function enable(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    if (!passphrase) return setError(t.empty);
    setError(null);
    setBusy(true);
    try {
      const outcome = await enrolBiometric(db, passphrase, createPrfCredential);
      setPassphrase('');
      if (outcome === 'unsupported') setNotice(t.unsupported);
      else {
        focusAfter('biometric-heading');
        showToast({ message: t.enabled });
      }
    } catch (caught) {
      // A wrong passphrase is the field's error; a cancelled or failed ceremony is not.
      if (caught instanceof WrongPassphraseError) setError(t.wrongPassphrase);
      else setNotice(t.failed);
    } finally {
      setBusy(false);
    }
  }

  async function disable() {
    if (!wrapping) return;
    await removeBiometric(db);
    forgetCredential(wrapping.credentialId);
    focusAfter('biometric-heading');
    showToast({ message: t.disabled });
  }

  return (
    <section aria-labelledby="biometric-heading">
      <h3 id="biometric-heading" tabIndex={-1}>
        {t.heading}
      </h3>
      <p>{t.explain}</p>
      {wrapping ? (
        <>
          <p>{t.statusOn}</p>
          <Button variant="secondary" onClick={() => void disable()}>
            {t.disable}
          </Button>
        </>
      ) : (
        <form className="form" onSubmit={(e) => void enable(e)} noValidate>
          <PassphraseField
            label={t.passphrase}
            hint={t.passphraseHint}
            error={error}
            announce
            value={passphrase}
            onChange={setPassphrase}
          />
          {notice ? (
            <p className="notice" role="alert">
              {notice}
            </p>
          ) : null}
          <Button type="submit" variant="secondary" busy={busy}>
            {busy ? t.working : t.enable}
          </Button>
        </form>
      )}
    </section>
  );
}
