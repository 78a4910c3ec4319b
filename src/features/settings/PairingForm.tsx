import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { db } from '../../db';
import {
  PairingError,
  normaliseServerUrl,
  pairDevice,
  fetchTransport,
  syncEngine,
} from '../../sync';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/settings';

/**
 * Pairs this device with the office endpoint. What was typed stays in the fields when pairing
 * fails, and the reason is said in Swedish at the field it concerns (a malformed address at
 * Serveradress, the rest at the code), aloud as it appears, with focus on that field.
 */
export function PairingForm({ initialCode = '' }: { initialCode?: string }) {
  const t = sv.sync.pairing;
  const [serverUrl, setServerUrl] = useState(() => window.location.origin);
  const [code, setCode] = useState(initialCode);
  const [deviceName, setDeviceName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const urlField = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setUrlError(null);
    try {
      normaliseServerUrl(serverUrl);
    } catch (caught) {
      // Drawn at once, so the field takes focus with its error already tied to it.
      flushSync(() =>
        setUrlError(caught instanceof PairingError ? caught.message : sv.errors.generic),
      );
      urlField.current?.focus();
      return;
    }
    setBusy(true);
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
      flushSync(() => {
        setError(caught instanceof PairingError ? caught.message : sv.errors.generic);
        setBusy(false);
      });
      codeField.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t.serverUrl} error={urlError} announce>
        {(props) => (
          <input
            {...props}
            ref={urlField}
            type="url"
            inputMode="url"
            autoComplete="url"
            value={serverUrl}
            onChange={(e) => setServerUrl(e.target.value)}
          />
        )}
      </Field>
      <Field label={t.code} hint={t.codeHint} error={error} announce>
        {(props) => (
          <input
            {...props}
            ref={codeField}
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
      <Button type="submit" variant="primary" large busy={busy}>
        {busy ? t.busy : t.submit}
      </Button>
    </form>
  );
}
