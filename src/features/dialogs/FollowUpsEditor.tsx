import { useEffect, useRef } from 'react';
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

const textOf = (id: string) => `[data-follow-up="${id}"] textarea`;
const ADD = '.follow-up-add';

/**
 * Agreed follow-ups: what is to be done, by when, and whether it is done. A follow-up added by
 * keyboard gets focus in its text; removing one puts focus on the text of the one that took its
 * place (or the one before), or on the add button when none is left, never on the body.
 */
export function FollowUpsEditor({ followUps, onChange, errors, warnings }: FollowUpsEditorProps) {
  const t = sv.dialogs.form;
  const root = useRef<HTMLFieldSetElement>(null);
  /** What to focus once the change is drawn (a selector inside this editor). */
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const selector = focusNext.current;
    if (selector === null) return;
    focusNext.current = null;
    root.current?.querySelector<HTMLElement>(selector)?.focus();
  });
  const update = (id: string, patch: Partial<FollowUpDraft>) =>
    onChange(followUps.map((f) => (f.id === id ? { ...f, ...patch } : f)));
  return (
    <fieldset className="fieldset" ref={root}>
      <legend>{t.followUps}</legend>
      {followUps.map((f, i) => (
        <fieldset key={f.id} className="fieldset follow-up" data-follow-up={f.id}>
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
          <Button
            variant="danger"
            onClick={() => {
              const neighbour = followUps[i + 1] ?? followUps[i - 1];
              focusNext.current = neighbour ? textOf(neighbour.id) : ADD;
              onChange(followUps.filter((x) => x.id !== f.id));
            }}
          >
            {t.removeFollowUp(i + 1)}
          </Button>
        </fieldset>
      ))}
      <Button
        className="follow-up-add"
        onClick={() => {
          const added = newFollowUp();
          focusNext.current = textOf(added.id);
          onChange([...followUps, added]);
        }}
      >
        {t.addFollowUp}
      </Button>
    </fieldset>
  );
}
