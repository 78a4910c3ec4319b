import { useState } from 'react';
import { db } from '../../db';
import { INDICATOR_MEASURES, PREVENTION_LEVELS, type Activity } from '../../shared/schemas';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings';
import {
  formValuesOf,
  parseActivityForm,
  type ActivityFormErrors,
  type ActivityFormValues,
} from './activity-form-values';
import { addActivity, updateRecord } from './edit-actions';
import { TextField } from './TextField';
import { useFormState } from './use-form-state';

/** Adds an activity to an area, or edits one (its indicator's measure and yearly target included). */
export function ActivityForm({
  areaId,
  activity,
  siblings,
  onDone,
}: {
  areaId: string;
  activity?: Activity;
  siblings: readonly Activity[];
  onDone: () => void;
}) {
  const t = sv.plan.activityForm;
  const form = useFormState<ActivityFormValues>(
    `activity:${activity?.id ?? `new:${areaId}`}`,
    formValuesOf(activity),
  );
  const { values, set } = form;
  const [errors, setErrors] = useState<ActivityFormErrors>({});
  const [failed, setFailed] = useState(false);

  async function submit() {
    const parsed = parseActivityForm(values, areaId);
    setErrors(parsed.errors);
    if (!parsed.fields) return;
    try {
      if (activity) await updateRecord(db, 'activities', activity.id, parsed.fields);
      else await addActivity(db, parsed.fields, siblings);
      form.clean();
      showToast({ message: sv.saved });
      onDone();
    } catch {
      setFailed(true);
    }
  }

  return (
    <form
      className="form plan-form"
      aria-label={activity ? sv.plan.edit.editActivity : sv.plan.edit.newActivity}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t.what}
        value={values.what}
        onChange={set('what')}
        error={errors.what}
        multiline
        required
      />
      <TextField
        label={t.timing}
        hint={t.timingHint}
        value={values.timing}
        onChange={set('timing')}
        error={errors.timing}
      />
      <TextField
        label={t.dueYear}
        hint={t.dueYearHint}
        value={values.dueYear}
        onChange={set('dueYear')}
        error={errors.dueYear}
        inputMode="numeric"
      />
      <TextField
        label={t.indicator}
        value={values.indicator}
        onChange={set('indicator')}
        error={errors.indicator}
        multiline
      />
      <TextField
        label={t.actors}
        value={values.actors}
        onChange={set('actors')}
        error={errors.actors}
        multiline
      />
      <TextField
        label={t.responsible}
        value={values.responsible}
        onChange={set('responsible')}
        error={errors.responsible}
      />
      <TextField
        label={t.comment}
        value={values.comment}
        onChange={set('comment')}
        error={errors.comment}
        multiline
      />
      <Field label={t.level}>
        {(props) => (
          <select
            {...props}
            value={values.preventionLevel}
            onChange={(e) =>
              set('preventionLevel')(e.target.value as ActivityFormValues['preventionLevel'])
            }
          >
            <option value="">{sv.plan.levels.none}</option>
            {PREVENTION_LEVELS.map((level) => (
              <option key={level} value={level}>
                {sv.plan.levels[level]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.measure}>
        {(props) => (
          <select
            {...props}
            value={values.measure}
            onChange={(e) => set('measure')(e.target.value as ActivityFormValues['measure'])}
          >
            {INDICATOR_MEASURES.map((measure) => (
              <option key={measure} value={measure}>
                {sv.plan.indicator.measures[measure]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t.target}
        hint={t.targetHint}
        value={values.target}
        onChange={set('target')}
        error={errors.target}
        inputMode="numeric"
      />
      {failed ? (
        <p className="field-error" role="alert">
          {sv.errors.saveFailed}
        </p>
      ) : null}
      <div className="row">
        <Button type="submit" variant="primary">
          {sv.save}
        </Button>
        <Button onClick={onDone}>{sv.cancel}</Button>
      </div>
    </form>
  );
}
