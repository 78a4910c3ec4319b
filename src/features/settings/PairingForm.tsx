import { useState, type FormEvent } from 'react';
import { db } from '../../db';
import { PairingError, pairDevice, fetchTransport, syncEngine } from '../../sync';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/settings';

/**
 * Pairs this device with the office endpoint. What was typed stays in the fields when pairing
 * fails, and the reason is said in Swedish at the form.
 */
export function PairingForm({ initialCode = '' }: { initialCode?: string }) {
  const t = sv.sync.pairing;
  const [serverUrl, setServerUrl] = useState(() => window.location.origin);
  const [code, setCode] = useState(initialCode);
  const [deviceName, setDeviceName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const pairing = await pairDevice(
        db,
        fetchTransport,
        serverUrl,
        code,
        deviceName || undefined,
      );
      showToast({ message: t.done(pairing.workspaceName) });
      setCode('');
      void syncEngine.syncNow();
    } catch (caught) {
      setError(caught instanceof PairingError ? caught.message : sv.errors.generic);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t.serverUrl}>
        {(props) => (
          <input
            {...props}
            type="url"
            inputMode="url"
            autoComplete="url"
            value={serverUrl}
            onChange={(e) => setServerUrl(e.target.value)}
          />
        )}
      </Field>
      <Field label={t.code} hint={t.codeHint} error={error}>
        {(props) => (
          <input
            {...props}
            autoCapitalize="characters"
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
      </Field>
      <Field label={t.deviceName} hint={t.deviceNameHint}>
        {(props) => (
          <input {...props} value={deviceName} onChange={(e) => setDeviceName(e.target.value)} />
        )}
      </Field>
      <Button type="submit" variant="primary" large disabled={busy}>
        {busy ? t.busy : t.submit}
      </Button>
    </form>
  );
}
