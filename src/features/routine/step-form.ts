import type { RoutineStep } from '../../shared/schemas';
import { LIMITS } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/routine';

export interface StepFormValues {
  title: string;
  when: string;
  what: string;
  contactIds: string[];
}

/** The content fields of a step that a form edits. */
export type StepChanges = Pick<
  RoutineStep,
  'title' | 'when' | 'what' | 'contactIds' | 'privacyAcknowledged'
>;

export type StepFormErrors = Partial<Record<'title' | 'when' | 'what', string>>;

export const emptyStepValues = (): StepFormValues => ({
  title: '',
  when: '',
  what: '',
  contactIds: [],
});

export const stepToValues = (step: RoutineStep): StepFormValues => ({
  title: step.title,
  when: step.when,
  what: step.what,
  contactIds: [...step.contactIds],
});

/** Swedish messages per field; the typed values stay in the form whatever the result. */
export function validateStep(values: StepFormValues): {
  errors: StepFormErrors;
  changes: StepChanges | null;
} {
  const errors: StepFormErrors = {};
  const tooLong = sv.errors.tooLong;
  if (!values.title.trim()) errors.title = sv.routine.form.titleRequired;
  else if (values.title.trim().length > LIMITS.shortText) errors.title = tooLong(LIMITS.shortText);
  if (values.when.trim().length > LIMITS.shortText) errors.when = tooLong(LIMITS.shortText);
  if (values.what.length > LIMITS.longText) errors.what = tooLong(LIMITS.longText);
  if (Object.keys(errors).length > 0) return { errors, changes: null };
  return {
    errors,
    changes: {
      title: values.title.trim(),
      when: values.when.trim(),
      what: values.what.trim(),
      contactIds: [...new Set(values.contactIds)].slice(0, 20),
    },
  };
}

export interface InfoFormValues {
  title: string;
  revision: string;
  legalReference: string;
}
export type InfoFormErrors = Partial<Record<keyof InfoFormValues, string>>;

export function validateInfo(values: InfoFormValues): {
  errors: InfoFormErrors;
  changes: InfoFormValues | null;
} {
  const errors: InfoFormErrors = {};
  const tooLong = sv.errors.tooLong;
  if (values.title.trim().length > LIMITS.shortText) errors.title = tooLong(LIMITS.shortText);
  if (values.revision.trim().length > LIMITS.shortText) errors.revision = tooLong(LIMITS.shortText);
  if (values.legalReference.length > LIMITS.longText)
    errors.legalReference = tooLong(LIMITS.longText);
  if (Object.keys(errors).length > 0) return { errors, changes: null };
  return {
    errors,
    changes: {
      title: values.title.trim(),
      revision: values.revision.trim(),
      legalReference: values.legalReference.trim(),
    },
  };
}
