import type { Organisation } from '../../shared/schemas';
import { Field } from '../../ui';
import { sv } from '../../lib/strings/for/dialogs';
import type { DialogFormState } from './form-state';
import { KindFields, type KindFieldsProps } from './KindFields';
import { OrganisationPicker } from './OrganisationPicker';

/**
 * What a quick entry needs: date and time, the kind's own fields, the organisations (never for an
 * intervention) and the summary, with its privacy warning.
 */
export function CoreFields({
  state,
  setState,
  errors,
  warnings,
  register,
}: KindFieldsProps & { register: Organisation[] }) {
  const t = sv.dialogs.form;
  const set = (patch: Partial<DialogFormState>) => setState((s) => ({ ...s, ...patch }));
  return (
    <>
      <div className="form-pair">
        <Field label={t.date} error={errors.date} required>
          {(props) => (
            <input
              {...props}
              type="date"
              value={state.date}
              onChange={(e) => set({ date: e.target.value })}
            />
          )}
        </Field>
        <Field label={t.time} error={errors.time}>
          {(props) => (
            <input
              {...props}
              type="time"
              value={state.time}
              onChange={(e) => set({ time: e.target.value })}
            />
          )}
        </Field>
      </div>
      <KindFields state={state} setState={setState} errors={errors} warnings={warnings} />
      {state.kind === 'intervention' ? null : (
        <Field
          label={t.organisation}
          hint={t.organisationHint}
          error={errors.organisation}
          required={state.kind === 'dialog'}
        >
          {(props) => (
            <OrganisationPicker
              inputProps={props}
              register={register}
              chosen={state.organisations}
              text={state.organisationText}
              onChange={(organisations, organisationText) =>
                set({ organisations, organisationText })
              }
            />
          )}
        </Field>
      )}
      <Field label={t.summary} error={errors.summary} warning={warnings.summary}>
        {(props) => (
          <textarea
            {...props}
            rows={5}
            value={state.summary}
            onChange={(e) => set({ summary: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}
