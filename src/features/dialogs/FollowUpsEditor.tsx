import { Button, Field } from '../../ui';
import { sv } from '../../lib/strings/for/dialogs';
import { newFollowUp, type FollowUpDraft } from './form-state';
import type { FormErrors } from './validate-form';

export interface FollowUpsEditorProps {
  followUps: FollowUpDraft[];
  onChange: (followUps: FollowUpDraft[]) => void;
  errors: FormErrors;
  warnings: Record<string, string | null>;
}

/** Agreed follow-ups: what is to be done, by when, and whether it is done. */
export function FollowUpsEditor({ followUps, onChange, errors, warnings }: FollowUpsEditorProps) {
  const t = sv.dialogs.form;
  const update = (id: string, patch: Partial<FollowUpDraft>) =>
    onChange(followUps.map((f) => (f.id === id ? { ...f, ...patch } : f)));
  return (
    <fieldset className="fieldset">
      <legend>{t.followUps}</legend>
      {followUps.map((f, i) => (
        <fieldset key={f.id} className="fieldset follow-up">
          <legend>{t.followUpN(i + 1)}</legend>
          <Field
            label={t.followUpText}
            error={errors[`followUp:${f.id}`]}
            warning={warnings[`followUp:${f.id}`]}
          >
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={f.text}
                onChange={(e) => update(f.id, { text: e.target.value })}
              />
            )}
          </Field>
          <Field label={t.followUpDue} error={errors[`followUpDue:${f.id}`]}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={f.due}
                onChange={(e) => update(f.id, { due: e.target.value })}
              />
            )}
          </Field>
          <label className="switch">
            <input
              type="checkbox"
              checked={f.done}
              onChange={(e) => update(f.id, { done: e.target.checked })}
            />
            <span>{t.followUpDone}</span>
          </label>
          <Button variant="danger" onClick={() => onChange(followUps.filter((x) => x.id !== f.id))}>
            {t.removeFollowUp(i + 1)}
          </Button>
        </fieldset>
      ))}
      <Button onClick={() => onChange([...followUps, newFollowUp()])}>{t.addFollowUp}</Button>
    </fieldset>
  );
}
