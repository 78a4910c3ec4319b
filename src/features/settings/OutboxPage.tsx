import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { db } from '../../db';
import { clearRejected, exportPendingChanges, syncEngine, useSyncStatus } from '../../sync';
import { Button, EmptyState, Loading, Page } from '../../ui';
import { sv } from '../../lib/strings/for/settings';
import { formatAgo } from '../../lib/dates';
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
 * again; otherwise the last sync's error, if any. Nothing until the pairing is read.
 */
function SyncProblem() {
  const pairing = usePairing();
  const status = useSyncStatus();
  if (pairing === undefined) return null;
  if (pairing?.revoked) {
    return (
      <>
        <p className="field-error">{sv.sync.revoked}</p>
        <p>
          <Link href="/installningar">{sv.sync.outbox.pairAgain}</Link>
        </p>
      </>
    );
  }
  return status.lastError ? <p className="field-error">{status.lastError}</p> : null;
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
        <Button
          onClick={() =>
            void exportPendingChanges(db).then((text) =>
              download(`varna-osynkade-${new Date().toISOString().slice(0, 10)}.json`, text),
            )
          }
        >
          {t.export}
        </Button>
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
          <Button onClick={() => void clearRejected(db)}>{t.clearRejected}</Button>
        </section>
      ) : null}
    </Page>
  );
}
