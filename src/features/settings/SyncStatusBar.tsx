import { useState } from 'react';
import { Link } from 'wouter';
import { syncEngine, useSyncStatus, type SyncPhase } from '../../sync';
import { sv } from '../../lib/strings/for/settings';
import { usePendingCount, useOpenConflicts, useRejectedChanges } from './hooks';

/** Where each note leads: pairing is in Inställningar, the last error and the export in Utkorg. */
const NOTE_LINKS: Partial<Record<SyncPhase, { href: string; error: boolean }>> = {
  unpaired: { href: '/installningar', error: false },
  offline: { href: '/installningar/utkorg', error: false },
  error: { href: '/installningar/utkorg', error: true },
  revoked: { href: '/installningar/utkorg', error: true },
};

/** States that are normal in the field (no network, a device used on its own). */
const QUIET_UNTIL_PRESSED = new Set<SyncPhase>(['unpaired', 'offline']);

/**
 * Why the last sync did not happen, as a short link to the page that explains it, in a live
 * region of its own so that a press on "Synka nu" that fails is heard, not only seen. "Not
 * paired" and "server unreachable" are said only after a press: they are the normal state of a
 * device used on its own or out in the field, and said at every start they would also move the
 * page down right after it appeared.
 */
function SyncNote({ phase, pressed }: { phase: SyncPhase; pressed: boolean }) {
  const link = QUIET_UNTIL_PRESSED.has(phase) && !pressed ? undefined : NOTE_LINKS[phase];
  const text = sv.sync.note[phase as keyof typeof sv.sync.note];
  return (
    <span role="status" className="sync-note-region">
      {link && text ? (
        <Link href={link.href} className={link.error ? 'sync-note sync-note-error' : 'sync-note'}>
          {text}
        </Link>
      ) : null}
    </span>
  );
}

/**
 * The sync status on every page: a live region (role="status") that says "Allt är synkat" or the
 * number of pending changes, a "Synka nu" button, links to open conflicts and to changes the
 * endpoint refused while there are any, and a short note when the last sync could not run or
 * failed.
 */
export default function SyncStatusBar() {
  const pending = usePendingCount();
  const conflicts = useOpenConflicts();
  const rejected = useRejectedChanges()?.length;
  const status = useSyncStatus();
  const [pressed, setPressed] = useState(false);
  const syncing = status.phase === 'syncing';
  const t = sv.sync;
  return (
    <div className="sync-bar">
      <div role="status" className="sync-count">
        {pending === undefined ? '' : pending === 0 ? t.allSynced : t.pending(pending)}
      </div>
      {status.phase === 'syncing' ? (
        <span className="sync-phase">
          {status.received !== null ? t.received(status.received) : t.syncing}
        </span>
      ) : null}
      {status.wiped ? <span className="sync-phase">{t.wiped}</span> : null}
      <SyncNote phase={status.phase} pressed={pressed} />
      {conflicts && conflicts.length > 0 ? (
        <Link href="/installningar/konflikter" className="sync-conflicts">
          {t.conflictsLink(conflicts.length)}
        </Link>
      ) : null}
      {rejected ? (
        <Link href="/installningar/utkorg" className="sync-conflicts">
          {t.rejectedLink(rejected)}
        </Link>
      ) : null}
      <button
        type="button"
        className="btn btn-ghost sync-now"
        onClick={() => {
          if (syncing) return;
          setPressed(true);
          void syncEngine.syncNow();
        }}
        // Not `disabled`: a focused button made disabled drops focus to the body.
        aria-disabled={syncing ? true : undefined}
      >
        {t.syncNow}
      </button>
    </div>
  );
}
