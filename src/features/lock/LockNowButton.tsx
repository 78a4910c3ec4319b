import { useStore } from 'zustand';
import { db, lock, sessionOf } from '../../db';
import { sv } from '../../lib/strings/for/lock';
import './lock.css';

/** "Lås nu" in the header, shown while a passphrase is set and the app is unlocked. */
export default function LockNowButton() {
  const state = useStore(sessionOf(db), (s) => s.state);
  if (state !== 'unlocked') return null;
  return (
    <button type="button" className="btn btn-secondary lock-now" onClick={() => lock(db)}>
      {sv.lock.lockNow}
    </button>
  );
}
