import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, getBiometric, getPrfOutput, unlockWithBiometric } from '../../db';
import { Button } from '../../ui';
import { sv } from '../../lib/strings/for/lock';

/**
 * On the unlock screen when fingerprint or face is turned on: asks the platform authenticator for
 * its PRF output and unwraps the data keys with it. A cancel or failure only shows a message; the
 * passphrase field stays as it was, and its failure counter is not touched.
 */
export function BiometricUnlock() {
  const t = sv.lock.biometric;
  const wrapping = useLiveQuery(() => getBiometric(db), []);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!wrapping || typeof PublicKeyCredential === 'undefined') return null;

  async function unlockNow() {
    if (!wrapping) return;
    setFailed(false);
    setBusy(true);
    try {
      // The authenticator is asked first, straight from the tap (some browsers require that).
      const prfOutput = await getPrfOutput(wrapping.credentialId, wrapping.prfSalt);
      if (!prfOutput) throw new Error('No PRF output');
      await unlockWithBiometric(db, wrapping, prfOutput);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <div className="form lock-form">
      <Button variant="secondary" large busy={busy} onClick={() => void unlockNow()}>
        {busy ? t.unlocking : t.unlock}
      </Button>
      {failed ? (
        <p className="notice lock-warning" role="alert">
          {t.unlockFailed}
        </p>
      ) : null}
    </div>
  );
}
