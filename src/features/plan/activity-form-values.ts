import {
  INDICATOR_MEASURES,
  LIMITS,
  PREVENTION_LEVELS,
  type Activity,
  type IndicatorMeasure,
  type PreventionLevel,
} from '../../shared/schemas';
import { sv } from '../../lib/strings/for/plan';
import type { ActivityFields } from './edit-actions';

/** What the activity form holds: text as typed, so nothing typed is lost on a validation error. */
export interface ActivityFormValues {
  what: string;
  timing: string;
  dueYear: string;
  indicator: string;
  actors: string;
  responsible: string;
  comment: string;
  preventionLevel: PreventionLevel | '';
  measure: IndicatorMeasure;
  target: string;
}

export type ActivityFormErrors = Partial<Record<keyof ActivityFormValues, string>>;

export function formValuesOf(activity: Activity | undefined): ActivityFormValues {
  return {
    what: activity?.what ?? '',
    timing: activity?.timing ?? '',
    dueYear: activity?.dueYear?.toString() ?? '',
    indicator: activity?.indicator ?? '',
    actors: activity?.actors ?? '',
    responsible: activity?.responsible ?? '',
    comment: activity?.comment ?? '',
    preventionLevel: activity?.preventionLevel ?? '',
    measure: activity?.measure ?? 'none',
    target: activity?.target?.toString() ?? '',
  };
}

const SHORT: ReadonlyArray<keyof ActivityFormValues> = ['timing', 'responsible'];
const LONG: ReadonlyArray<keyof ActivityFormValues> = ['what', 'indicator', 'actors', 'comment'];

function parseOptionalInt(text: string, min: number, max: number): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return value >= min && value <= max ? value : 'invalid';
}

/** Checks the form: errors in Swedish by field, or the activity's fields ready to write. */
export function parseActivityForm(
  values: ActivityFormValues,
  areaId: string,
): { errors: ActivityFormErrors; fields: ActivityFields | null } {
  const errors: ActivityFormErrors = {};
  if (values.what.trim() === '') errors.what = sv.errors.required;
  for (const key of SHORT) {
    if (values[key].length > LIMITS.shortText) errors[key] = sv.errors.tooLong(LIMITS.shortText);
  }
  for (const key of LONG) {
    if (values[key].length > LIMITS.longText) errors[key] = sv.errors.tooLong(LIMITS.longText);
  }
  const dueYear = parseOptionalInt(values.dueYear, 2000, 2200);
  if (dueYear === 'invalid') errors.dueYear = sv.plan.errors.year;
  const target = parseOptionalInt(values.target, 0, 1_000_000);
  if (target === 'invalid') errors.target = sv.plan.errors.target;
  const level = values.preventionLevel;
  if (
    Object.keys(errors).length > 0 ||
    dueYear === 'invalid' ||
    target === 'invalid' ||
    !INDICATOR_MEASURES.includes(values.measure) ||
    (level !== '' && !PREVENTION_LEVELS.includes(level))
  ) {
    return { errors, fields: null };
  }
  return {
    errors,
    fields: {
      areaId,
      what: values.what.trim(),
      timing: values.timing.trim(),
      dueYear,
      indicator: values.indicator.trim(),
      actors: values.actors.trim(),
      responsible: values.responsible.trim(),
      comment: values.comment.trim(),
      preventionLevel: level === '' ? null : level,
      measure: values.measure,
      target,
    },
  };
}
