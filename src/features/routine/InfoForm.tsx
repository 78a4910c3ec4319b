import { db } from '../../db';
import type { RoutineInfo } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/routine';
import { TextField } from '../../ui';
import { saveRoutineInfo } from './actions';
import { RoutineFormFrame } from './RoutineFormFrame';
import { validateInfo, type InfoFormValues } from './step-form';
import { useRoutineForm } from './use-routine-form';

/** Edits the routine's name, revision and the legal reference for a report of concern. */
export function InfoForm({ info, onDone }: { info: RoutineInfo | null; onDone: () => void }) {
  const t = sv.routine.form;
  const { values, set, errors, busy, submit, cancel } = useRoutineForm({
    key: 'routine-info',
    initial: (): InfoFormValues => ({
      title: info?.title ?? '',
      revision: info?.revision ?? '',
      legalReference: info?.legalReference ?? '',
    }),
    validate: validateInfo,
    save: (changes) => saveRoutineInfo(db, info, changes),
    onDone,
  });

  return (
    <RoutineFormFrame
      heading={t.infoHeading}
      level={2}
      hasErrors={Object.keys(errors).length > 0}
      busy={busy}
      saveLabel={t.saveInfo}
      onSubmit={submit}
      onCancel={cancel}
    >
      <TextField
        label={t.infoTitle}
        maxLength={220}
        value={values.title}
        onChange={(title) => set({ title })}
        error={errors.title}
      />
      <TextField
        label={t.revision}
        hint={t.revisionHint}
        maxLength={220}
        value={values.revision}
        onChange={(revision) => set({ revision })}
        error={errors.revision}
      />
      <TextField
        label={t.legal}
        hint={t.legalHint}
        multiline
        rows={6}
        value={values.legalReference}
        onChange={(legalReference) => set({ legalReference })}
        error={errors.legalReference}
      />
    </RoutineFormFrame>
  );
}
