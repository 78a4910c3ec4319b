import type { Area, FollowUpStatus } from '../../shared/schemas';
import { FOLLOW_UP_STATUSES } from '../../shared/schemas';
import { Field } from '../../ui';
import { sv } from '../../lib/strings/for/plan';

export type StatusFilter = FollowUpStatus | '';

/** The year chooser and the filters by area and by status. */
export function PlanToolbar({
  year,
  years,
  onYear,
  areas,
  areaFilter,
  onArea,
  statusFilter,
  onStatus,
  counts,
}: {
  year: number;
  years: readonly number[];
  onYear: (year: number) => void;
  areas: readonly Area[];
  areaFilter: string;
  onArea: (areaId: string) => void;
  statusFilter: StatusFilter;
  onStatus: (status: StatusFilter) => void;
  /** How many activities the filters let through, of all; said while a filter is on. */
  counts: { shown: number; total: number } | null;
}) {
  const t = sv.plan.toolbar;
  return (
    <div className="plan-toolbar" role="group" aria-label={t.label}>
      <Field label={t.year}>
        {(props) => (
          <select {...props} value={year} onChange={(e) => onYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.area}>
        {(props) => (
          <select {...props} value={areaFilter} onChange={(e) => onArea(e.target.value)}>
            <option value="">{t.all}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.status}>
        {(props) => (
          <select
            {...props}
            value={statusFilter}
            onChange={(e) => onStatus(e.target.value as StatusFilter)}
          >
            <option value="">{t.all}</option>
            {FOLLOW_UP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {sv.plan.status[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {/* Always there, so a changed count is read aloud (a live region added with its text is not). */}
      <p className="plan-filter-count" aria-live="polite">
        {counts && (areaFilter || statusFilter) ? t.showing(counts.shown, counts.total) : null}
      </p>
    </div>
  );
}
