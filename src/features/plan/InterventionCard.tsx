import { useState } from 'react';
import { db } from '../../db';
import type { Intervention } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/plan';
import { levelHeadingId } from './anchors';
import { EditControls } from './EditControls';
import { Facts } from './Facts';
import { moveRecord } from './edit-actions';
import { InterventionForm } from './lazy-forms';
import { usePlanView } from './plan-context';
import { removeWithUndo, runOrReport } from './remove-with-undo';

/** One intervention of the catalogue: what it is, who is responsible, how to request it. */
export function InterventionCard({
  intervention,
  siblings,
}: {
  intervention: Intervention;
  /** The interventions of the same level, in order. */
  siblings: readonly Intervention[];
}) {
  const t = sv.plan.catalogue;
  const { editing } = usePlanView();
  const [formOpen, setFormOpen] = useState(false);
  const index = siblings.findIndex((s) => s.id === intervention.id);
  if (editing && formOpen) {
    return (
      <li className="card">
        <InterventionForm
          level={intervention.level}
          intervention={intervention}
          siblings={siblings}
          onDone={() => setFormOpen(false)}
        />
      </li>
    );
  }
  const facts: Array<[string, string]> = [
    [t.description, intervention.description],
    [t.responsible, intervention.responsible],
    [t.howToRequest, intervention.howToRequest],
  ];
  return (
    <li className="card">
      <p className="card-title">{intervention.title}</p>
      <Facts facts={facts} />
      {editing ? (
        <EditControls
          name={intervention.title}
          first={index <= 0}
          last={index === siblings.length - 1}
          onEdit={() => setFormOpen(true)}
          onMove={(delta) =>
            runOrReport(() => moveRecord(db, 'interventions', siblings, intervention.id, delta))
          }
          onRemove={() =>
            void removeWithUndo(
              'interventions',
              intervention.id,
              sv.plan.edit.interventionRemoved,
              {
                headingId: levelHeadingId(intervention.level),
                name: intervention.title,
              },
            )
          }
        />
      ) : null}
    </li>
  );
}
