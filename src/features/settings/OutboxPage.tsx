import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { db } from '../../db';
import {
  clearRejected,
  exportPendingChanges,
  syncEngine,
  useSyncStatus,
  type Pairing,
} from '../../sync';
import { Button, EmptyState, Loading, Page, showToast, visiblePageHeading } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { formatAgo } from '../../lib/dates';
import { historyFieldLabel } from '../../lib/history-values';
import { TABLE_NAMES } from './describe';
import { usePairing, useRejectedChanges } from './hooks';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Why sync has stopped or failed. A revoked device is told so from its stored pairing, so the
 * explanation outlives a reload (the last error is only kept in memory), with the way to pair
 * again; a device never paired is told that its changes stay on it until it is paired; otherwise
 * the last sync's error, if any. Nothing until the pairing is read. What it says is also said
 * aloud (a live region), so a press on "Försök igen" that fails is heard, not only seen: the last
 * error leaves while a sync runs and comes back, heard again, if it fails the same way.
 */
function SyncProblem() {
  const pairing = usePairing();
  const status = useSyncStatus();
  const lastError = status.phase === 'syncing' ? null : status.lastError;
  return (
    <div role="status" className="sync-problem">
      {pairing === undefined ? null : problem(pairing, lastError)}
    </div>
  );
}

function problem(pairing: Pairing | null, lastError: string | null): ReactNode {
  if (pairing === null) {
    return (
      <>
        <p>{sv.sync.unpaired}</p>
        <p>
          <Link href="/installningar">{sv.sync.outbox.pair}</Link>
        </p>
      </>
    );
  }
  if (pairing.revoked) {
    return (
      <>
        <p className="field-error">{sv.sync.revoked}</p>
        <p>
          <Link href="/installningar">{sv.sync.outbox.pairAgain}</Link>
        </p>
      </>
    );
  }
  return lastError ? <p className="field-error">{lastError}</p> : null;
}

/** Saves the pending changes to a file, and says so (or that it failed) in a toast. */
async function exportToFile(): Promise<void> {
  try {
    const name = `varna-osynkade-${new Date().toISOString().slice(0, 10)}.json`;
    download(name, await exportPendingChanges(db));
    showToast({ message: sv.sync.outbox.exported(name) });
  } catch {
    showToast({ message: sv.errors.generic, tone: 'error' });
  }
}

/**
 * The pending changes in push order, their state and why sync stopped or failed; retry and
 * export to a file.
 */
export default function OutboxPage() {
  const t = sv.sync.outbox;
  const entries = useLiveQuery(() => db.outbox.orderBy('seq').limit(500).toArray(), []);
  const rejected = useRejectedChanges() ?? [];
  return (
    <Page title={t.title}>
      <p>{t.intro}</p>
      <div className="row">
        <Button variant="primary" onClick={() => void syncEngine.syncNow()}>
          {t.retry}
        </Button>
        <Button onClick={() => void exportToFile()}>{t.export}</Button>
      </div>
      <SyncProblem />
      {entries === undefined ? (
        <Loading />
      ) : entries.length === 0 ? (
        <EmptyState title={t.none} />
      ) : (
        <ol className="card-list">
          {entries.map((entry) => (
            <li key={entry.seq} className="card">
              <p className="card-title">
                #{entry.seq} {TABLE_NAMES[entry.table] ?? entry.table}
              </p>
              <p>
                {t.state} · {formatAgo(entry.createdAt)} · {t.fields}:{' '}
                {Object.keys(entry.fields)
                  .filter((f) => f !== 'updatedAt')
                  .map((field) => historyFieldLabel(entry.table, field))
                  .join(', ')}
              </p>
            </li>
          ))}
        </ol>
      )}
      {rejected.length > 0 ? (
        <section aria-labelledby="rejected-heading">
          <h2 id="rejected-heading">{t.rejected}</h2>
          <p>{t.rejectedIntro}</p>
          <ul className="card-list">
            {rejected.map((change) => (
              <li key={`${change.recordId}-${change.at}`} className="card">
                <p className="card-title">{TABLE_NAMES[change.table] ?? change.table}</p>
                <p>{change.reason}</p>
                <p>
                  {t.rejectedAt(formatAgo(change.at))} ·{' '}
                  {change.table === 'logEntries' ? (
                    <Link href={`/dialoger/${encodeURIComponent(change.recordId)}`}>
                      {t.showEntry}
                    </Link>
                  ) : (
                    <Link href={`/historik/${change.table}/${encodeURIComponent(change.recordId)}`}>
                      {t.showHistory}
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <Button
            onClick={() =>
              // The list goes, and this button with it: focus goes to the page's heading.
              void clearRejected(db).then(() => visiblePageHeading()?.focus())
            }
          >
            {t.clearRejected}
          </Button>
        </section>
      ) : null}
    </Page>
  );
}
