import { Link } from 'wouter';
import { syncEngine, useSyncStatus } from '../../sync';
import { sv } from '../../lib/strings/for/settings';
import { usePendingCount, useOpenConflicts } from './hooks';

/**
 * The sync status on every page: a live region (role="status") that says "Allt är synkat" or the
 * number of pending changes, a "Synka nu" button, and a link to open conflicts while there are any.
 */
export default function SyncStatusBar() {
  const pending = usePendingCount();
  const conflicts = useOpenConflicts();
  const status = useSyncStatus();
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
      {conflicts && conflicts.length > 0 ? (
        <Link href="/installningar/konflikter" className="sync-conflicts">
          {t.conflictsLink(conflicts.length)}
        </Link>
      ) : null}
      <button
        type="button"
        className="btn btn-ghost sync-now"
        onClick={() => void syncEngine.syncNow()}
        disabled={status.phase === 'syncing'}
      >
        {t.syncNow}
      </button>
    </div>
  );
}
