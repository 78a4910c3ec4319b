import { useState } from 'react';
import { Link } from 'wouter';
import { db } from '../../db';
import { useSchoolMode } from '../../lib/school-mode';
import { sv } from '../../lib/strings/for/routine';
import { hasUnsavedInput } from '../../lib/unsaved';
import { Button, Loading, Page, SchoolModeSwitch, showToast, useFocusAfter } from '../../ui';
import { saveFailedText } from '../../lib/save-failed';
import { markReviewed } from './actions';
import { useRoutine } from './hooks';
import { InfoForm } from './InfoForm';
import { LegalReference } from './LegalReference';
import { RoutineHeader } from './RoutineHeader';
import { StepForm } from './StepForm';
import { StepList } from './StepList';
import {
  INFO_BUTTON_ID,
  NEW_STEP_BUTTON_ID,
  STEPS_HEADING_ID,
  stepEditButtonId,
} from './focus-targets';
import './routine.css';

const NEW = 'new';

/**
 * "Rutin vid oro": what is done and who is called. Renders from IndexedDB alone (opens offline from
 * the home-screen shortcut) and every number is a `tel:` link. Kept light: no heavy imports here.
 */
export default function RoutinePage() {
  const t = sv.routine;
  const routine = useRoutine();
  const schoolMode = useSchoolMode((s) => s.enabled);
  const [editMode, setEditMode] = useState(false);
  const [editingStep, setEditingStep] = useState<string | null>(null);
  const [editingInfo, setEditingInfo] = useState(false);
  const controls = editMode && !schoolMode;
  const focusAfter = useFocusAfter();
  // One step form at a time: opening another asks first when the open one holds unsaved input.
  const editStep = (id: string | null) => {
    if (
      id !== null &&
      editingStep !== null &&
      hasUnsavedInput() &&
      !window.confirm(sv.discardChanges)
    ) {
      return;
    }
    setEditingStep(id);
  };
  const reviewed = () =>
    markReviewed(db, routine?.info ?? null).then(
      () => showToast({ message: t.edit.reviewedToast }),
      (error: unknown) => showToast({ message: saveFailedText(error), tone: 'error' }),
    );
  const toggle = schoolMode ? null : (
    <Button onClick={() => setEditMode((on) => !on)}>
      {editMode ? t.edit.done : t.edit.toggle}
    </Button>
  );
  return (
    <Page title={t.title} actions={toggle}>
      {routine === undefined ? (
        <Loading label={sv.loading} />
      ) : (
        <>
          <RoutineHeader info={routine.info} />
          <SchoolModeSwitch label={sv.routine.schoolMode} hint={sv.routine.schoolModeHint} />
          {controls ? (
            <div className="routine-edit-bar">
              <Button
                id={INFO_BUTTON_ID}
                onClick={() => setEditingInfo(true)}
                disabled={editingInfo}
              >
                {t.edit.info}
              </Button>
              <Button onClick={() => void reviewed()}>{t.edit.markReviewed}</Button>
            </div>
          ) : null}
          {editingInfo ? (
            <InfoForm
              info={routine.info}
              onDone={() => {
                setEditingInfo(false);
                focusAfter(INFO_BUTTON_ID, STEPS_HEADING_ID);
              }}
            />
          ) : null}
          <h2 id={STEPS_HEADING_ID} tabIndex={-1}>
            {t.stepsHeading}
          </h2>
          <StepList
            routine={routine}
            controls={controls}
            editingId={editingStep}
            onEdit={editStep}
            onFormDone={(id) => {
              setEditingStep(null);
              // The steps' heading when the controls are gone (school-visit mode turned on).
              focusAfter(stepEditButtonId(id), STEPS_HEADING_ID);
            }}
            onRemoved={() => focusAfter(STEPS_HEADING_ID)}
          />
          {editingStep === NEW ? (
            <StepForm
              contacts={routine.contacts}
              onDone={() => {
                setEditingStep(null);
                focusAfter(NEW_STEP_BUTTON_ID, STEPS_HEADING_ID);
              }}
            />
          ) : controls ? (
            <Button id={NEW_STEP_BUTTON_ID} variant="primary" onClick={() => editStep(NEW)}>
              {t.edit.add}
            </Button>
          ) : null}
          <LegalReference info={routine.info} />
          <p>
            <Link
              href="/kontakter"
              className="btn btn-secondary"
              onClick={(e) => {
                if (hasUnsavedInput() && !window.confirm(t.leave)) e.preventDefault();
              }}
            >
              {t.allContacts}
            </Link>
          </p>
        </>
      )}
    </Page>
  );
}
