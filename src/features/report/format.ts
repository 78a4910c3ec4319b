import { formatAgo, formatLocalDateTime, localDateTimeNow } from '../../lib/dates';
import { sv } from '../../lib/strings/for/report';
import type { ActivityFigure } from '../../shared/report';

/** "27 nov. 2026 14:05" in Europe/Stockholm from an ISO instant (a device clock: display only). */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatLocalDateTime(localDateTimeNow(date));
}

/** "Synkat senast 27 nov. 2026 14:05 (för 5 minuter sedan)" or "Inte synkat". */
export function freshnessText(lastSyncedAt: string | null): string {
  if (!lastSyncedAt || Number.isNaN(new Date(lastSyncedAt).getTime())) return sv.report.notSynced;
  return sv.report.synced(formatInstant(lastSyncedAt), formatAgo(lastSyncedAt));
}

/** The label of an activity's measure, with the prevention level when interventions count by level. */
export function measureLabel(figure: Pick<ActivityFigure, 'measure' | 'preventionLevel'>): string {
  const label = sv.plan.indicator.measures[figure.measure];
  return figure.measure === 'interventions' && figure.preventionLevel
    ? `${label} (${sv.plan.levels[figure.preventionLevel].toLowerCase()})`
    : label;
}

/** A share as a whole percentage, "38 %"; "0 %" of nothing. */
export function percent(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((part / whole) * 100)} %`;
}
