import { db } from '../../db';
import { LIMITS, type Area } from '../../shared/schemas';
import { TextField } from '../../ui';
import { sv } from '../../lib/strings/for/plan';
import { addArea, updateRecord } from './edit-actions';
import { PlanFormFrame } from './PlanFormFrame';
import { usePlanForm } from './use-plan-form';

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
  const form = usePlanForm(
    `area:${area?.id ?? 'new'}`,
    { title: area?.title ?? '', description: area?.description ?? '' },
    onDone,
  );
  const { values, bind } = form;

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
    form.setErrors(next);
    if (next.title || next.description) return;
    await form.save(() =>
      area
        ? updateRecord(db, 'areas', area.id, { title, description })
        : addArea(db, { title, description }, siblings),
    );
  }

  return (
    <PlanFormFrame
      label={area ? sv.plan.edit.editArea : sv.plan.edit.newArea}
      failed={form.failed}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField label={t.title} {...bind('title')} required />
      <TextField label={t.description} {...bind('description')} multiline />
    </PlanFormFrame>
  );
}
