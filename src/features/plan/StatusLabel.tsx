import type { FollowUpStatus } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/plan';

/** Icons that carry each status with its text: status is never shown by colour alone. */
export const STATUS_ICONS: Readonly<Record<FollowUpStatus, string>> = {
  helt: '✔',
  delvis: '◐',
  ej: '✖',
  ejBedomd: '○',
};

/** A follow-up status as icon and text. */
export function StatusLabel({ status }: { status: FollowUpStatus }) {
  return (
    <span className={`status status-${status}`}>
      <span className="status-icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      {sv.plan.status[status]}
    </span>
  );
}
