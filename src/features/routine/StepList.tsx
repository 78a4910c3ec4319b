import { db } from '../../db';
import { sv } from '../../lib/strings/for/routine';
import { EmptyState, byId, focusWhenShown, showToast } from '../../ui';
import { saveFailedText } from '../../lib/save-failed';
import { deleteStep, moveStep, restoreStep } from './actions';
import type { RoutineData } from './hooks';
import { StepForm } from './StepForm';
import { StepItem } from './StepItem';
import { stepEditButtonId } from './focus-targets';

const failed = (error: unknown) => showToast({ message: saveFailedText(error), tone: 'error' });

/** The ordered steps; the one being edited is shown as its form, in place. */
export function StepList({
  routine,
  controls,
  editingId,
  onEdit,
  onFormDone,
  onRemoved,
}: {
  routine: RoutineData;
  controls: boolean;
  editingId: string | null;
  onEdit: (id: string | null) => void;
  /** The form of this step closed (saved or cancelled). */
  onFormDone: (id: string) => void;
  /** A step was deleted (its card, with the focused button, goes away). */
  onRemoved: () => void;
}) {
  const t = sv.routine;
  const { steps, contactsById, contacts } = routine;
  if (steps.length === 0) {
    return (
      <EmptyState title={t.noSteps}>
        <p>{t.noStepsHint}</p>
      </EmptyState>
    );
  }
  const remove = async (id: string, title: string) => {
    try {
      await deleteStep(db, id);
      onRemoved();
      showToast({
        message: t.edit.stepDeleted(title),
        actionLabel: sv.undo,
        onAction: () =>
          restoreStep(db, id).then(() => focusWhenShown(byId(stepEditButtonId(id))), failed),
      });
    } catch (error) {
      failed(error);
    }
  };
  return (
    <ol className="routine-steps">
      {steps.map((step, index) =>
        step.id === editingId ? (
          <li key={step.id}>
            <StepForm
              step={step}
              number={index + 1}
              contacts={contacts}
              onDone={() => onFormDone(step.id)}
            />
          </li>
        ) : (
          <StepItem
            key={step.id}
            step={step}
            number={index + 1}
            contactsById={contactsById}
            controls={
              controls
                ? {
                    isFirst: index === 0,
                    isLast: index === steps.length - 1,
                    onEdit: () => onEdit(step.id),
                    onMove: (direction) =>
                      void moveStep(db, steps, step.id, direction).catch(failed),
                    onDelete: () => void remove(step.id, step.title),
                  }
                : null
            }
          />
        ),
      )}
    </ol>
  );
}
