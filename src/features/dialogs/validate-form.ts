import { LIMITS } from '../../shared/schemas';
import { checkPrivacy, type PrivacyHit } from '../../shared/privacy/privacy-check';
import { localDateTimeNow } from '../../lib/dates';
import { privacyMessage as sharedPrivacyMessage } from '../../lib/privacy-warning';
import { sv } from '../../lib/strings/for/dialogs';
import type { DialogFormState } from './form-state';
import { chosenOrganisations } from './to-entry';

/** Field keys: `date`, `organisation`, `summary`, …, and `followUp:<id>` for a follow-up's text. */
export type FormErrors = Record<string, string>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function tooLong(text: string, max: number): string | null {
  return text.length > max ? sv.dialogs.errors.tooLong(max, text.length) : null;
}

function countError(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  return /^\d+$/.test(t) && Number(t) <= 1_000_000 ? null : sv.dialogs.errors.count;
}

/**
 * Swedish messages per field for what cannot be saved. Only the date (and, for a dialog meeting,
 * an organisation) is required. `now` decides what "more than a day in the future" means.
 */
export function validateForm(state: DialogFormState, now: Date = new Date()): FormErrors {
  const e = sv.dialogs.errors;
  const errors: FormErrors = {};
  const set = (key: string, message: string | null) => {
    if (message && !errors[key]) errors[key] = message;
  };
  if (!state.date) set('date', e.dateMissing);
  else if (!validDate(state.date)) set('date', e.dateInvalid);
  else if (state.time && !TIME.test(state.time)) set('time', e.timeInvalid);
  else if (
    `${state.date}T${state.time || '00:00'}` > localDateTimeNow(new Date(now.getTime() + DAY_MS))
  ) {
    set('date', e.dateFuture);
  }
  const organisations = chosenOrganisations(state);
  if (state.kind === 'dialog' && organisations.length === 0)
    set('organisation', e.organisationMissing);
  for (const o of organisations) set('organisation', tooLong(o.name, LIMITS.shortText));
  set('summary', tooLong(state.summary, LIMITS.longText));
  set('trainingAudience', tooLong(state.trainingAudience, LIMITS.shortText));
  set('roleText', tooLong(state.roleText, LIMITS.shortText));
  set('topicText', tooLong(state.topicText, LIMITS.shortText));
  set('orgParticipants', countError(state.orgParticipants));
  set('interventionCount', countError(state.interventionCount));
  if (state.nextMeeting && !validDate(state.nextMeeting)) set('nextMeeting', e.dateInvalid);
  for (const f of state.followUps) {
    set(`followUp:${f.id}`, tooLong(f.text, LIMITS.longText));
    if (f.due && !validDate(f.due)) set(`followUpDue:${f.id}`, e.dateInvalid);
  }
  return errors;
}

/**
 * Privacy hits per free-text field (same keys as the errors); fields without hits are left out.
 * `organisationNames` (the register's) are never reported as personal names.
 */
export function privacyWarnings(
  state: DialogFormState,
  organisationNames: readonly string[] = [],
): Record<string, PrivacyHit[]> {
  const texts: Array<[string, string]> = [
    ['summary', state.summary],
    ['trainingAudience', state.kind === 'training' ? state.trainingAudience : ''],
    ['topicText', state.topicText],
    ['roleText', state.roleText],
    ...state.followUps.map((f): [string, string] => [`followUp:${f.id}`, f.text]),
  ];
  const out: Record<string, PrivacyHit[]> = {};
  for (const [key, text] of texts) {
    const hits = checkPrivacy(text, { organisationNames });
    if (hits.length > 0) out[key] = hits;
  }
  return out;
}

/** The warning shown at a field (shared by every free-text field of the app). */
export const privacyMessage = sharedPrivacyMessage;
