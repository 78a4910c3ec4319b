import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useStore } from 'zustand';
import { db, sessionOf } from '../../db';
import { Button, Loading, Page } from '../../ui';
import { sv } from '../../lib/strings/for/lock';
import { rememberPassphraseSet, showsBeforeLockState } from './before-lock-state';
import { UnlockForm } from './UnlockForm';
import { useIdleLock } from './use-idle-lock';
import './lock.css';

// The lock state is read from the database: open it as soon as this gate loads (at boot, see
// src/app/routes.tsx), not after the rest of the start-up has loaded. An open that fails here fails
// again, and is reported, where the start-up first uses the database.
void db.open().catch(() => undefined);

/** Pages without personal data: readable while locked, so "Rutin vid oro" is always near. */
const OPEN_WHILE_LOCKED = ['/rutin', '/kontakter', '/tillganglighet', '/integritet'];

function Wiped() {
  const t = sv.lock.wiped;
  // A fresh start: the app reloads and loads the default plan, contacts and routine again.
  const restart = () => window.location.assign('/');
  return (
    <Page title={t.title}>
      <p role="alert">{t.body}</p>
      <Button variant="primary" large onClick={restart}>
        {t.restart}
      </Button>
    </Page>
  );
}

/**
 * Wraps the routed pages: while a passphrase is set and the keys are not in memory, every page
 * with personal data shows the unlock form instead. Also locks the app when it sits idle.
 */
export default function LockGate({ children }: { children: ReactNode }) {
  const state = useStore(sessionOf(db), (s) => s.state);
  const [location] = useLocation();
  const [wiped, setWiped] = useState(false);
  useIdleLock(state === 'unlocked');
  useEffect(() => {
    if (state !== 'unknown') rememberPassphraseSet(state !== 'open');
  }, [state]);
  if (wiped) return <Wiped />;
  if (OPEN_WHILE_LOCKED.includes(location)) return children;
  // Until the start-up has read whether a passphrase is set, nothing sensitive is read or written.
  if (state === 'unknown') {
    // The start page shows at once (it holds no data); see ./before-lock-state.ts.
    return showsBeforeLockState(location) ? children : <Loading />;
  }
  if (state === 'locked') {
    return (
      <UnlockForm
        onWiped={() => {
          setWiped(true);
          window.setTimeout(() => window.location.assign('/'), 4000);
        }}
      />
    );
  }
  return children;
}
