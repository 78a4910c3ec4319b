import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { db, unlock } from '../../db';
import { Button, Page, PassphraseField } from '../../ui';
import { sv } from '../../lib/strings/for/lock';
import { BiometricUnlock } from './BiometricUnlock';

/** Warn loudly from this many remaining tries down. */
const WARN_FROM = 3;

/** The unlock form shown instead of a page while the app is locked. */
export function UnlockForm({ onWiped }: { onWiped: () => void }) {
  const t = sv.lock.locked;
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [remaining, setRemaining] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    // The message is said as it appears (an alert at the field), and focus goes to the field for
    // the next try (from the button, when that was pressed).
    const refuse = (message: string) => {
      setError(message);
      requestAnimationFrame(() => form.querySelector<HTMLElement>('input')?.focus());
    };
    if (!passphrase) {
      refuse(t.empty);
      return;
    }
    setBusy(true);
    try {
      const outcome = await unlock(db, passphrase);
      if (outcome.ok) return;
      if ('wiped' in outcome) {
        onWiped();
        return;
      }
      setPassphrase('');
      setRemaining(outcome.remaining);
      refuse(t.wrong(outcome.remaining));
    } catch {
      refuse(sv.errors.generic);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t.title}>
      <p>{t.intro}</p>
      <form className="form lock-form" onSubmit={(e) => void submit(e)} noValidate>
        <PassphraseField
          label={t.passphrase}
          error={error}
          announce
          value={passphrase}
          onChange={setPassphrase}
        />
        {remaining !== null && remaining <= WARN_FROM ? (
          <p className="notice lock-warning" role="alert">
            {t.lastWarning(remaining)}
          </p>
        ) : null}
        <Button type="submit" variant="primary" large busy={busy}>
          {busy ? t.unlocking : t.unlock}
        </Button>
      </form>
      <BiometricUnlock />
      <ul className="link-list">
        <li>
          <Link href="/rutin">{t.routineLink}</Link>
        </li>
        <li>
          <Link href="/kontakter">{t.contactsLink}</Link>
        </li>
      </ul>
    </Page>
  );
}
