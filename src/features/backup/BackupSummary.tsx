import type { BackupFile } from '../../shared/backup';
import { Button } from '../../ui';
import { formatLocalDateTime, localDateTimeNow } from '../../lib/dates';
import { sv } from '../../lib/strings/for/backup';

function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatLocalDateTime(localDateTimeNow(date));
}

/** Ids that focus goes to as the restore moves on (see RestoreBackup). */
export const SUMMARY_HEADING_ID = 'backup-summary-heading';
export const RESTORE_BUTTON_ID = 'backup-restore';
export const QUESTION_ID = 'backup-restore-question';

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
    <div className="backup-confirm" role="group" aria-labelledby={SUMMARY_HEADING_ID}>
      <h3 id={SUMMARY_HEADING_ID} tabIndex={-1}>
        {t.summaryHeading}
      </h3>
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
          <p id={QUESTION_ID} className="backup-question" tabIndex={-1}>
            {t.confirmHeading}
          </p>
          <div className="backup-buttons">
            <Button variant="danger" busy={busy} onClick={onConfirm}>
              {t.confirm}
            </Button>
            <Button busy={busy} onClick={onCancel}>
              {sv.cancel}
            </Button>
          </div>
        </>
      ) : (
        <div className="backup-buttons">
          <Button id={RESTORE_BUTTON_ID} variant="danger" busy={busy} onClick={onAsk}>
            {t.restore}
          </Button>
        </div>
      )}
    </div>
  );
}
