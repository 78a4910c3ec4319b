import { formatLocalDateTime, localDateTimeNow } from '../../lib/dates';
import { sv } from '../../lib/strings/for/report';
import { freshnessText } from './format';
import { useLastSyncedAt } from './hooks';

/** When the report was produced and how fresh the device's data is. */
export function ReportMeta() {
  const lastSyncedAt = useLastSyncedAt();
  return (
    <div className="report-meta">
      <p>{sv.report.produced(formatLocalDateTime(localDateTimeNow()))}</p>
      <p data-testid="report-freshness">
        {lastSyncedAt === undefined ? sv.loading : freshnessText(lastSyncedAt)}
        {lastSyncedAt === null ? `. ${sv.report.notSyncedHint}` : null}
      </p>
    </div>
  );
}
