import { useState } from 'react';
import { db } from '../../db';
import {
  LIMITS,
  PREVENTION_LEVELS,
  type Intervention,
  type PreventionLevel,
} from '../../shared/schemas';
import { Button, Field, showToast } from '../../ui';
import { sv } from '../../lib/strings';
import { addIntervention, updateRecord } from './edit-actions';
import { TextField } from './TextField';
import { useFormState } from './use-form-state';

type Errors = Partial<Record<'title' | 'description' | 'responsible' | 'howToRequest', string>>;

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
  const form = useFormState(`intervention:${intervention?.id ?? `new:${level}`}`, {
    title: intervention?.title ?? '',
    description: intervention?.description ?? '',
    responsible: intervention?.responsible ?? '',
    howToRequest: intervention?.howToRequest ?? '',
    level: intervention?.level ?? level,
  });
  const { values, set } = form;
  const [errors, setErrors] = useState<Errors>({});
  const [failed, setFailed] = useState(false);

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
    const next: Errors = {
      title: fields.title ? tooLong(fields.title, LIMITS.shortText) : sv.errors.required,
      description: tooLong(fields.description, LIMITS.longText),
      responsible: tooLong(fields.responsible, LIMITS.shortText),
      howToRequest: tooLong(fields.howToRequest, LIMITS.longText),
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    try {
      if (intervention) await updateRecord(db, 'interventions', intervention.id, fields);
      else await addIntervention(db, fields, siblings);
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
      aria-label={intervention ? `${sv.edit}: ${intervention.title}` : t.add}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t.title}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
        required
      />
      <TextField
        label={t.description}
        value={values.description}
        onChange={set('description')}
        error={errors.description}
        multiline
      />
      <TextField
        label={t.responsible}
        value={values.responsible}
        onChange={set('responsible')}
        error={errors.responsible}
      />
      <TextField
        label={t.howToRequest}
        value={values.howToRequest}
        onChange={set('howToRequest')}
        error={errors.howToRequest}
        multiline
      />
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
