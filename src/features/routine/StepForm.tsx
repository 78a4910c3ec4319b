import { useLiveQuery } from 'dexie-react-hooks';
import { db, listOrganisationNames } from '../../db';
import { privacyWarning } from '../../lib/privacy-warning';
import type { Contact, RoutineStep } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/routine';
import { TextField } from '../../ui';
import { addStep, saveStep } from './actions';
import { ContactPicker } from './ContactPicker';
import { RoutineFormFrame } from './RoutineFormFrame';
import { emptyStepValues, stepToValues, validateStep } from './step-form';
import { useRoutineForm } from './use-routine-form';

/**
 * Edits one step (or adds one): title, when, what to do and the contacts to call. Bad input gets a
 * message at the field and nothing typed is lost; saving works offline and syncs later.
 */
export function StepForm({
  step,
  number,
  contacts,
  onDone,
}: {
  step?: RoutineStep;
  number?: number;
  contacts: readonly Contact[];
  onDone: () => void;
}) {
  const t = sv.routine.form;
  const organisationNames = useLiveQuery(() => listOrganisationNames(db), [], []);
  const { values, set, errors, busy, submit, cancel } = useRoutineForm({
    key: `routine-step-${step?.id ?? 'new'}`,
    initial: () => (step ? stepToValues(step) : emptyStepValues()),
    validate: validateStep,
    save: (result) => {
      // Saving with a privacy warning shown records the acknowledgement on the step.
      const changes = { ...result, privacyAcknowledged: whatWarning !== null };
      return step ? saveStep(db, step.id, changes) : addStep(db, changes);
    },
    onDone,
  });
  const whatWarning = privacyWarning(values.what, organisationNames);

  return (
    <RoutineFormFrame
      heading={step && number ? t.editStep(number) : t.newStep}
      level={3}
      hasErrors={Object.keys(errors).length > 0}
      busy={busy}
      saveLabel={t.saveStep}
      onSubmit={submit}
      onCancel={cancel}
    >
      <TextField
        label={t.title}
        required
        maxLength={220}
        value={values.title}
        onChange={(title) => set({ title })}
        error={errors.title}
      />
      <TextField
        label={t.when}
        hint={t.whenHint}
        maxLength={220}
        value={values.when}
        onChange={(when) => set({ when })}
        error={errors.when}
      />
      <TextField
        label={t.what}
        multiline
        warning={whatWarning}
        value={values.what}
        onChange={(what) => set({ what })}
        error={errors.what}
      />
      <ContactPicker
        contacts={contacts}
        selected={values.contactIds}
        onChange={(contactIds) => set({ contactIds })}
      />
    </RoutineFormFrame>
  );
}
