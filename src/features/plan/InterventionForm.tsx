import { db } from '../../db';
import {
  LIMITS,
  PREVENTION_LEVELS,
  type Intervention,
  type PreventionLevel,
} from '../../shared/schemas';
import { Field, TextField } from '../../ui';
import { sv } from '../../lib/strings/for/plan';
import { addIntervention, updateRecord } from './edit-actions';
import { PlanFormFrame } from './PlanFormFrame';
import { usePlanForm } from './use-plan-form';

/** Adds an intervention to the catalogue, or edits one: description, responsible, how to request it. */
export function InterventionForm({
  level,
  intervention,
  siblings,
  onDone,
}: {
  level: PreventionLevel;
  intervention?: Intervention;
  siblings: readonly Intervention[];
  onDone: () => void;
}) {
  const t = sv.plan.catalogue;
  const form = usePlanForm(
    `intervention:${intervention?.id ?? `new:${level}`}`,
    {
      title: intervention?.title ?? '',
      description: intervention?.description ?? '',
      responsible: intervention?.responsible ?? '',
      howToRequest: intervention?.howToRequest ?? '',
      level: intervention?.level ?? level,
    },
    onDone,
  );
  const { values, set, bind } = form;

  async function submit() {
    const fields = {
      title: values.title.trim(),
      description: values.description.trim(),
      responsible: values.responsible.trim(),
      howToRequest: values.howToRequest.trim(),
      level: values.level,
    };
    const tooLong = (text: string, max: number) =>
      text.length > max ? sv.errors.tooLong(max) : undefined;
    const next = {
      title: fields.title ? tooLong(fields.title, LIMITS.shortText) : sv.errors.required,
      description: tooLong(fields.description, LIMITS.longText),
      responsible: tooLong(fields.responsible, LIMITS.shortText),
      howToRequest: tooLong(fields.howToRequest, LIMITS.longText),
    };
    form.setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    await form.save(() =>
      intervention
        ? updateRecord(db, 'interventions', intervention.id, fields)
        : addIntervention(db, fields, siblings),
    );
  }

  return (
    <PlanFormFrame
      label={intervention ? `${sv.edit}: ${intervention.title}` : t.add}
      failed={form.failed}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField label={t.title} {...bind('title')} required />
      <TextField label={t.description} {...bind('description')} multiline />
      <TextField label={t.responsible} {...bind('responsible')} />
      <TextField label={t.howToRequest} {...bind('howToRequest')} multiline />
      <Field label={t.level}>
        {(props) => (
          <select
            {...props}
            value={values.level}
            onChange={(e) => set('level')(e.target.value as PreventionLevel)}
          >
            {PREVENTION_LEVELS.map((l) => (
              <option key={l} value={l}>
                {sv.plan.levels[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </PlanFormFrame>
  );
}
