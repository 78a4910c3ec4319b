import { useLiveQuery } from 'dexie-react-hooks';
import { db, listOrganisationNames } from '../../db';
import { privacyWarning } from '../../lib/privacy-warning';
import { INDICATOR_MEASURES, PREVENTION_LEVELS, type Activity } from '../../shared/schemas';
import { Field, TextField } from '../../ui';
import { sv } from '../../lib/strings/for/plan';
import { formValuesOf, parseActivityForm, type ActivityFormValues } from './activity-form-values';
import { addActivity, updateRecord } from './edit-actions';
import { PlanFormFrame } from './PlanFormFrame';
import { usePlanForm } from './use-plan-form';

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
  const form = usePlanForm<ActivityFormValues>(
    `activity:${activity?.id ?? `new:${areaId}`}`,
    formValuesOf(activity),
    onDone,
  );
  const { values, set, bind } = form;
  const organisationNames = useLiveQuery(() => listOrganisationNames(db), [], []);
  const commentWarning = privacyWarning(values.comment, organisationNames);

  async function submit() {
    const parsed = parseActivityForm(values, areaId);
    form.setErrors(parsed.errors);
    if (!parsed.fields) return;
    // Saving with a privacy warning shown records the acknowledgement on the activity.
    const fields = { ...parsed.fields, privacyAcknowledged: commentWarning !== null };
    await form.save(() =>
      activity
        ? updateRecord(db, 'activities', activity.id, fields)
        : addActivity(db, fields, siblings),
    );
  }

  return (
    <PlanFormFrame
      label={activity ? sv.plan.edit.editActivity : sv.plan.edit.newActivity}
      failed={form.failed}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField label={t.what} {...bind('what')} multiline required />
      <TextField label={t.timing} hint={t.timingHint} {...bind('timing')} />
      <TextField label={t.dueYear} hint={t.dueYearHint} {...bind('dueYear')} inputMode="numeric" />
      <TextField label={t.indicator} {...bind('indicator')} multiline />
      <TextField label={t.actors} {...bind('actors')} multiline />
      <TextField label={t.responsible} {...bind('responsible')} />
      <TextField label={t.comment} {...bind('comment')} warning={commentWarning} multiline />
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
      <TextField label={t.target} hint={t.targetHint} {...bind('target')} inputMode="numeric" />
    </PlanFormFrame>
  );
}
