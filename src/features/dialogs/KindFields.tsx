import { NETWORK_LEVELS, PREVENTION_LEVELS, TRAINING_TYPES } from '../../shared/schemas';
import { Field } from '../../ui';
import { sv } from '../../lib/strings/for/dialogs';
import { withKind, type DialogFormState } from './form-state';
import { RadioChips, optionsOf } from './RadioChips';
import type { FormErrors } from './validate-form';

export interface KindFieldsProps {
  state: DialogFormState;
  setState: (update: (s: DialogFormState) => DialogFormState) => void;
  errors: FormErrors;
  warnings: Record<string, string | null>;
}

/** What only some kinds have: a network meeting's level, a training's type and audience, an intervention's level and count. */
export function KindFields({ state, setState, errors, warnings }: KindFieldsProps) {
  const t = sv.dialogs.form;
  const d = sv.dialogs;
  if (state.kind === 'network') {
    return (
      <RadioChips
        legend={t.networkLevel}
        name="networkLevel"
        options={optionsOf(NETWORK_LEVELS, d.networkLevels)}
        value={state.networkLevel}
        onChange={(networkLevel) => setState((s) => ({ ...s, networkLevel }))}
      />
    );
  }
  if (state.kind === 'training') {
    return (
      <>
        <RadioChips
          legend={t.trainingType}
          name="trainingType"
          options={optionsOf(TRAINING_TYPES, d.trainingTypes)}
          value={state.trainingType}
          onChange={(type) => setState((s) => withKind(s, 'training', type))}
        />
        <Field
          label={t.trainingAudience}
          hint={t.trainingAudienceHint}
          error={errors.trainingAudience}
          warning={warnings.trainingAudience}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              value={state.trainingAudience}
              onChange={(e) => setState((s) => ({ ...s, trainingAudience: e.target.value }))}
            />
          )}
        </Field>
      </>
    );
  }
  if (state.kind === 'intervention') {
    return (
      <>
        <p className="field-hint">{t.interventionHint}</p>
        <RadioChips
          legend={t.preventionLevel}
          name="interventionLevel"
          options={optionsOf(PREVENTION_LEVELS, d.preventionLevels)}
          value={state.preventionLevel || 'generell'}
          onChange={(preventionLevel) => setState((s) => ({ ...s, preventionLevel }))}
        />
        <Field label={t.interventionCount} error={errors.interventionCount}>
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="numeric"
              value={state.interventionCount}
              onChange={(e) => setState((s) => ({ ...s, interventionCount: e.target.value }))}
            />
          )}
        </Field>
      </>
    );
  }
  return null;
}
