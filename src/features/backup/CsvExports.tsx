import { useState } from 'react';
import { LockedError, db } from '../../db';
import { Button, showToast } from '../../ui';
import { CSV_MIME, csvFileName } from '../../lib/csv';
import { localDateToday } from '../../lib/dates';
import { sv } from '../../lib/strings/for/backup';
import { CSV_EXPORTS, csvExport, type CsvExportKind } from './csv-exports';
import { downloadText } from './download';

/** One button per CSV export: the log, follow-ups, contacts and organisations. */
export function CsvExports() {
  const t = sv.backup.csv;
  const [busy, setBusy] = useState<CsvExportKind | null>(null);
  const run = async (kind: CsvExportKind) => {
    if (busy !== null) return;
    setBusy(kind);
    try {
      const name = csvFileName(t.files[kind], localDateToday());
      downloadText(name, await csvExport(db, kind), CSV_MIME);
      showToast({ message: t.done(name) });
    } catch (error) {
      const message = error instanceof LockedError ? error.message : sv.errors.generic;
      showToast({ message, tone: 'error' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="csv-heading" className="backup-section">
      <h2 id="csv-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <p className="notice">{t.unencrypted}</p>
      <div className="backup-buttons">
        {CSV_EXPORTS.map((kind) => (
          <Button key={kind} busy={busy !== null} onClick={() => void run(kind)}>
            {t[kind]}
          </Button>
        ))}
      </div>
    </section>
  );
}
