import { useStore } from 'zustand';
import { db, lock, sessionOf } from '../../db';
import { visiblePageHeading } from '../../ui';
import { sv } from '../../lib/strings/for/lock';
import './lock.css';

/**
 * "Lås nu" in the header, shown while a passphrase is set and the app is unlocked. It leaves with
 * the lock, so focus goes first to the page's heading: a page open while locked (Rutin vid oro)
 * keeps it, any other is replaced by the unlock form, which takes focus to its own heading.
 */
export default function LockNowButton() {
  const state = useStore(sessionOf(db), (s) => s.state);
  if (state !== 'unlocked') return null;
  return (
    <button
      type="button"
      className="btn btn-secondary lock-now"
      onClick={() => {
        visiblePageHeading()?.focus();
        lock(db);
      }}
    >
      {sv.lock.lockNow}
    </button>
  );
}
