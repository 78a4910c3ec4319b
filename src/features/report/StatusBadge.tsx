import type { FollowUpStatus } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/report';

/** Icons that carry each status with its text: a status is never shown by colour alone. */
const ICONS: Readonly<Record<FollowUpStatus, string>> = {
  helt: '✔',
  delvis: '◐',
  ej: '✖',
  ejBedomd: '○',
};

/** A follow-up status as icon and text. */
export function StatusBadge({ status }: { status: FollowUpStatus }) {
  return (
    <span className={`report-status report-status-${status}`}>
      <span className="report-status-icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      {sv.plan.status[status]}
    </span>
  );
}
