import type { RoutineInfo } from '../../shared/schemas';
import { formatLocalDate } from '../../lib/dates';
import { sv } from '../../lib/strings/for/routine';

/** The routine's name, revision and when (and by whom) it was last reviewed. */
export function RoutineHeader({ info }: { info: RoutineInfo | null }) {
  const t = sv.routine;
  if (!info) return null;
  const reviewed = info.reviewedAt
    ? t.reviewed(formatLocalDate(info.reviewedAt), info.reviewedBy)
    : t.notReviewed;
  return (
    <div className="routine-header">
      {info.title ? <p className="routine-name">{info.title}</p> : null}
      <p className="routine-meta">
        {info.revision ? <span>{t.version(info.revision)}</span> : null}
        <span>{reviewed}</span>
      </p>
    </div>
  );
}
