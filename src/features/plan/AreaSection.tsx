import { useState } from 'react';
import { db } from '../../db';
import type { Activity, Area, FollowUp } from '../../shared/schemas';
import { Button } from '../../ui';
import { sv } from '../../lib/strings/for/plan';
import { ActivityCard } from './ActivityCard';
import { ActivityForm } from './lazy-forms';
import { AreaForm } from './lazy-forms';
import { EditControls } from './EditControls';
import { moveRecord } from './edit-actions';
import { usePlanView } from './plan-context';
import { removeWithUndo, runOrReport } from './remove-with-undo';

/** One area of the plan (an h2) with its activities; in edit mode, its edit controls. */
export function AreaSection({
  area,
  areas,
  activities,
  shown,
  followUps,
}: {
  area: Area;
  /** Every area in its order (for moving up and down). */
  areas: readonly Area[];
  /** Every activity of the area in its order. */
  activities: readonly Activity[];
  /** The activities the filters let through. */
  shown: readonly Activity[];
  followUps: ReadonlyMap<string, FollowUp>;
}) {
  const { editing } = usePlanView();
  const [form, setForm] = useState<'none' | 'area' | 'activity'>('none');
  const index = areas.findIndex((a) => a.id === area.id);
  const headingId = `omrade-${area.id}`;
  return (
    <section className="plan-area" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {area.title}
      </h2>
      {area.description ? <p className="plan-area-description">{area.description}</p> : null}
      {editing && form === 'area' ? (
        <AreaForm area={area} siblings={areas} onDone={() => setForm('none')} />
      ) : null}
      {editing && form !== 'area' ? (
        <EditControls
          name={area.title}
          first={index <= 0}
          last={index === areas.length - 1}
          onEdit={() => setForm('area')}
          onMove={(delta) => runOrReport(() => moveRecord(db, 'areas', areas, area.id, delta))}
          onRemove={() =>
            void removeWithUndo('areas', area.id, sv.plan.edit.areaRemoved, {
              headingId: null,
              name: area.title,
            })
          }
        />
      ) : null}
      <ul className="card-list">
        {shown.map((activity) => (
          <ActivityCard
            key={activity.id}
            activity={activity}
            followUp={followUps.get(activity.id)}
            siblings={activities}
          />
        ))}
      </ul>
      {editing && form === 'activity' ? (
        <ActivityForm areaId={area.id} siblings={activities} onDone={() => setForm('none')} />
      ) : null}
      {editing && form !== 'activity' ? (
        <Button
          aria-label={`${sv.plan.edit.newActivity}: ${area.title}`}
          onClick={() => setForm('activity')}
        >
          {sv.plan.edit.newActivity}
        </Button>
      ) : null}
    </section>
  );
}
