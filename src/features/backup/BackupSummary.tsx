import type { BackupFile } from '../../shared/backup';
import { Button } from '../../ui';
import { formatLocalDateTime, localDateTimeNow } from '../../lib/dates';
import { sv } from '../../lib/strings/for/backup';

function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatLocalDateTime(localDateTimeNow(date));
}

/** What a checked backup holds, the warning that it replaces everything, and the confirmation. */
export function BackupSummary({
  backup,
  pendingHere,
  confirming,
  busy,
  onAsk,
  onCancel,
  onConfirm,
}: {
  backup: BackupFile;
  pendingHere: number;
  confirming: boolean;
  busy: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const t = sv.backup.restore;
  const live = (rows: ReadonlyArray<{ deleted: boolean }>) => rows.filter((r) => !r.deleted).length;
  return (
    <div className="backup-confirm" role="group" aria-labelledby="backup-summary-heading">
      <h3 id="backup-summary-heading">{t.summaryHeading}</h3>
      <p>{t.summary(formatInstant(backup.createdAt))}</p>
      <p>
        {t.counts(
          live(backup.tables.logEntries),
          live(backup.tables.organisations),
          live(backup.tables.contacts),
          backup.outbox.filter((e) => e.status === 'pending').length,
        )}
      </p>
      <p className="notice">{t.replaceWarning(pendingHere)}</p>
      {confirming ? (
        <>
          <p className="backup-question">{t.confirmHeading}</p>
          <div className="backup-buttons">
            <Button variant="danger" disabled={busy} onClick={onConfirm}>
              {t.confirm}
            </Button>
            <Button disabled={busy} onClick={onCancel}>
              {sv.cancel}
            </Button>
          </div>
        </>
      ) : (
        <div className="backup-buttons">
          <Button variant="danger" disabled={busy} onClick={onAsk}>
            {t.restore}
          </Button>
        </div>
      )}
    </div>
  );
}
