import { useState } from 'react';
import { useParams } from 'wouter';
import { isSyncedTable } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/history';
import { Button, EmptyState, Loading, Page, showToast } from '../../ui';
import { exportRecordHistory } from './actions';
import { HistoryList } from './HistoryList';
import { useRecordHistory } from './hooks';
import { RedactForm, canRedactTable } from './RedactForm';
import './history.css';

function RecordHistory({ table, id }: { table: string; id: string }) {
  const t = sv.history;
  const groups = useRecordHistory(table, id);
  const [redactOpen, setRedactOpen] = useState(false);
  return (
    <>
      <p className="history-subtitle">{t.tables[table] ?? table}</p>
      <p>{t.intro}</p>
      <div className="row history-actions">
        <Button
          disabled={!groups || groups.length === 0}
          onClick={() => {
            if (!groups) return;
            showToast({ message: t.exported(exportRecordHistory(table, id, groups)) });
          }}
        >
          {t.export}
        </Button>
        {canRedactTable(table) ? (
          <Button
            variant="secondary"
            aria-expanded={redactOpen}
            aria-controls="history-redact"
            onClick={() => setRedactOpen(!redactOpen)}
          >
            {t.redact.open}
          </Button>
        ) : null}
      </div>
      {redactOpen ? (
        <section id="history-redact" aria-labelledby="history-redact-heading">
          <h2 id="history-redact-heading">{t.redact.heading}</h2>
          <RedactForm table={table} recordId={id} />
        </section>
      ) : null}
      {groups === undefined ? (
        <Loading />
      ) : groups.length === 0 ? (
        <EmptyState title={t.empty}>
          <p>{t.emptyHint}</p>
        </EmptyState>
      ) : (
        <HistoryList groups={groups} table={table} />
      )}
    </>
  );
}

/**
 * "Historik" for one record (`/historik/:table/:id`): who changed what and when, read from this
 * device's copy of the audit trail, so it works offline; redaction of a personal detail online.
 */
export default function HistoryPage() {
  const { table = '', id = '' } = useParams<{ table: string; id: string }>();
  return (
    <Page title={sv.history.title}>
      {isSyncedTable(table) ? <RecordHistory table={table} id={id} /> : <p>{sv.notFound.body}</p>}
    </Page>
  );
}
