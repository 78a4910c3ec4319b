import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Activity, FollowUp } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/plan';
import { formatInstant } from './format';
import { FollowUpEditor } from './FollowUpEditor';
import { FollowUpHistory } from './FollowUpHistory';
import { IndicatorLine } from './IndicatorLine';
import { usePlanView } from './plan-context';
import { StatusLabel } from './StatusLabel';

/** An activity's follow-up for the chosen year: status, comment, who and when, the log's count, history. */
export function FollowUpPanel({
  activity,
  followUp,
  titleId,
}: {
  activity: Activity;
  followUp: FollowUp | undefined;
  titleId: string;
}) {
  const t = sv.plan.followUp;
  const { year } = usePlanView();
  // The year the assessment form was opened for: it keeps saving to that year (its legend says
  // which) if the plan's year is changed while it is open, never silently to the other year.
  const [openFor, setOpenFor] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const status = followUp?.status ?? 'ejBedomd';
  const close = () => {
    setOpenFor(null);
    setTimeout(() => button.current?.focus(), 0);
  };
  return (
    <div className="follow-up">
      <p className="follow-up-heading">
        <span>{t.heading(year)}:</span> <StatusLabel status={status} />
      </p>
      {followUp?.comment ? <p className="follow-up-comment">{followUp.comment}</p> : null}
      <p className="follow-up-meta">
        {followUp?.assessedAt
          ? t.by(followUp.assessedBy || sv.plan.unknownActor, formatInstant(followUp.assessedAt))
          : t.notAssessed}
      </p>
      <IndicatorLine activity={activity} status={followUp?.status} />
      {openFor !== null ? (
        <FollowUpEditor
          activityId={activity.id}
          year={openFor}
          status={status}
          comment={followUp?.comment ?? ''}
          onDone={close}
        />
      ) : (
        <button
          ref={button}
          type="button"
          className="btn btn-secondary"
          aria-describedby={titleId}
          onClick={() => setOpenFor(year)}
        >
          {followUp?.assessedAt ? t.change : t.assess}
        </button>
      )}
      {followUp && followUp.history.length > 0 ? (
        <FollowUpHistory history={followUp.history} />
      ) : null}
      {followUp ? (
        <Link
          href={`/historik/followUps/${followUp.id}`}
          className="btn btn-ghost"
          aria-describedby={titleId}
        >
          {sv.history.link}
        </Link>
      ) : null}
    </div>
  );
}
