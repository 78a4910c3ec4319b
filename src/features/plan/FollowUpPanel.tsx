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
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const status = followUp?.status ?? 'ejBedomd';
  const close = () => {
    setOpen(false);
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
      {open ? (
        <FollowUpEditor
          activityId={activity.id}
          year={year}
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
          onClick={() => setOpen(true)}
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
