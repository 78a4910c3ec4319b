import { useState } from 'react';
import { db } from '../../db';
import { LIMITS, type Area } from '../../shared/schemas';
import { Button, showToast } from '../../ui';
import { sv } from '../../lib/strings';
import { addArea, updateRecord } from './edit-actions';
import { TextField } from './TextField';
import { useFormState } from './use-form-state';

/** Adds an area to the plan, or renames and describes one. */
export function AreaForm({
  area,
  siblings,
  onDone,
}: {
  area?: Area;
  siblings: readonly Area[];
  onDone: () => void;
}) {
  const t = sv.plan.areaForm;
  const form = useFormState(`area:${area?.id ?? 'new'}`, {
    title: area?.title ?? '',
    description: area?.description ?? '',
  });
  const { values, set } = form;
  const [errors, setErrors] = useState<{ title?: string; description?: string }>({});
  const [failed, setFailed] = useState(false);

  async function submit() {
    const title = values.title.trim();
    const description = values.description.trim();
    const next = {
      title: !title
        ? sv.errors.required
        : title.length > LIMITS.shortText
          ? sv.errors.tooLong(LIMITS.shortText)
          : undefined,
      description:
        description.length > LIMITS.longText ? sv.errors.tooLong(LIMITS.longText) : undefined,
    };
    setErrors(next);
    if (next.title || next.description) return;
    try {
      if (area) await updateRecord(db, 'areas', area.id, { title, description });
      else await addArea(db, { title, description }, siblings);
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
      aria-label={area ? sv.plan.edit.editArea : sv.plan.edit.newArea}
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
