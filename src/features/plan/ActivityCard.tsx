import { useLayoutEffect, useRef, useState } from 'react';
import { db } from '../../db';
import { byId, focusIsLost, focusWhenShown, visiblePageHeading } from '../../ui';
import type { Activity, FollowUp } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/plan';
import { ActivityForm } from './lazy-forms';
import { EditControls } from './EditControls';
import { Facts } from './Facts';
import { moveRecord } from './edit-actions';
import { FollowUpPanel } from './FollowUpPanel';
import { shorten } from './format';
import { usePlanView } from './plan-context';
import { removeWithUndo, runOrReport } from './remove-with-undo';

/** One activity: what, when, indicator, actors, responsible, comment, and its follow-up for the year. */
export function ActivityCard({
  activity,
  followUp,
  siblings,
}: {
  activity: Activity;
  followUp: FollowUp | undefined;
  /** Every activity of the area in its order (for moving up and down). */
  siblings: readonly Activity[];
}) {
  const t = sv.plan.facts;
  const { editing } = usePlanView();
  const [formOpen, setFormOpen] = useState(false);
  const card = useRef<HTMLLIElement>(null);
  const areaHeadingId = `omrade-${activity.areaId}`;
  // A card that leaves the list with focus in it (its new status no longer matches the status
  // filter; a sync removed it) hands focus to its area's heading, or the page's when the area went
  // too. Runs before the card leaves the page, so it sees where focus was; a form closed just before
  // may already have dropped focus to the body.
  useLayoutEffect(() => {
    const node = card.current;
    return () => {
      if (!node?.contains(document.activeElement) && !focusIsLost()) return;
      requestAnimationFrame(() => void focusWhenShown(byId(areaHeadingId), visiblePageHeading));
    };
  }, [areaHeadingId]);
  const titleId = `aktivitet-${activity.id}-titel`;
  const index = siblings.findIndex((s) => s.id === activity.id);
  const facts: Array<[string, string]> = [
    [t.when, activity.timing],
    [t.indicator, activity.indicator],
    [t.actors, activity.actors],
    [t.responsible, activity.responsible],
    [t.level, activity.preventionLevel ? sv.plan.levels[activity.preventionLevel] : ''],
    [t.comment, activity.comment],
  ];
  if (editing && formOpen) {
    return (
      <li ref={card} className="card activity" id={`aktivitet-${activity.id}`}>
        <ActivityForm
          areaId={activity.areaId}
          activity={activity}
          siblings={siblings}
          onDone={() => setFormOpen(false)}
        />
      </li>
    );
  }
  return (
    <li ref={card} className="card activity" id={`aktivitet-${activity.id}`}>
      <h3 className="card-title" id={titleId} tabIndex={-1}>
        {activity.what}
      </h3>
      <Facts facts={facts} />
      <FollowUpPanel activity={activity} followUp={followUp} titleId={titleId} />
      {editing ? (
        <EditControls
          name={shorten(activity.what)}
          first={index <= 0}
          last={index === siblings.length - 1}
          onEdit={() => setFormOpen(true)}
          onMove={(delta) =>
            runOrReport(() => moveRecord(db, 'activities', siblings, activity.id, delta))
          }
          onRemove={() =>
            void removeWithUndo('activities', activity.id, sv.plan.edit.activityRemoved, {
              headingId: `omrade-${activity.areaId}`,
              name: shorten(activity.what),
            })
          }
        />
      ) : null}
    </li>
  );
}
