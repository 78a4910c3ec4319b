import { Link } from 'wouter';
import type { Contact, RoutineStep } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/routine';
import { Button } from '../../ui';
import { CallButtons } from './CallButtons';
import { stepEditButtonId } from './focus-targets';
import { isUrgent } from './urgency';

export interface StepItemProps {
  step: RoutineStep;
  number: number;
  contactsById: ReadonlyMap<string, Contact>;
  /** Editing controls (edit, move, delete); hidden outside edit mode and in school-visit mode. */
  controls: null | {
    isFirst: boolean;
    isLast: boolean;
    onEdit: () => void;
    onMove: (direction: -1 | 1) => void;
    onDelete: () => void;
  };
}

export function StepItem({ step, number, contactsById, controls }: StepItemProps) {
  const t = sv.routine.edit;
  const urgent = isUrgent(step.when);
  const titleId = `step-${step.id}`;
  const which = <span className="vh">{` ${sv.routine.step(number)}`}</span>;
  return (
    <li className={`card routine-step${urgent ? ' routine-step-urgent' : ''}`}>
      <article aria-labelledby={titleId}>
        {step.when ? <p className="routine-when">{step.when}</p> : null}
        <h3 id={titleId} className="routine-step-title">
          <span className="routine-step-number">
            {number}
            <span className="vh">.</span>
          </span>{' '}
          {step.title}
        </h3>
        {step.what ? <p className="routine-what">{step.what}</p> : null}
        <CallButtons contactIds={step.contactIds} contactsById={contactsById} urgent={urgent} />
        {controls ? (
          <div className="routine-step-controls">
            <Button id={stepEditButtonId(step.id)} onClick={controls.onEdit}>
              {t.step}
              {which}
            </Button>
            <Button unavailable={controls.isFirst} onClick={() => controls.onMove(-1)}>
              {t.moveUp}
              {which}
            </Button>
            <Button unavailable={controls.isLast} onClick={() => controls.onMove(1)}>
              {t.moveDown}
              {which}
            </Button>
            <Button variant="danger" onClick={controls.onDelete}>
              {t.remove}
              {which}
            </Button>
            <Link href={`/historik/routineSteps/${step.id}`} className="btn btn-secondary">
              {sv.history.link}
              {which}
            </Link>
          </div>
        ) : null}
      </article>
    </li>
  );
}
