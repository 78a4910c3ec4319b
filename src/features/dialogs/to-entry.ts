import type { FieldChanges } from '../../db';
import { foldForSearch } from '../../lib/dates';
import { addItem, type DialogFormState, type OrganisationChoice } from './form-state';

/** The entry's fields from the form, without `organisationIds` (resolved when saving). */
export type EntryFields = Required<
  Omit<FieldChanges<'logEntries'>, 'organisationIds' | 'deleted' | 'updatedAt'>
>;

const count = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/**
 * The organisations the entry names: the chosen ones plus a name still typed in the field (so a
 * user who types a name and taps Spara gets it). Interventions never name an organisation.
 */
export function chosenOrganisations(state: DialogFormState): OrganisationChoice[] {
  if (state.kind === 'intervention') return [];
  const typed = state.organisationText.trim();
  const chosen = [...state.organisations];
  if (typed && !chosen.some((o) => foldForSearch(o.name) === foldForSearch(typed))) {
    chosen.push({ id: null, name: typed });
  }
  return chosen;
}

/** Turns what was typed into the record's fields; fields that do not apply to the kind are cleared. */
export function toEntryFields(state: DialogFormState, privacyAcknowledged: boolean): EntryFields {
  const { kind } = state;
  const isIntervention = kind === 'intervention';
  return {
    kind,
    date: `${state.date}T${state.time || '00:00'}`,
    meetingForm: isIntervention || !state.meetingForm ? null : state.meetingForm,
    participantRoles: isIntervention ? [] : addItem(state.participantRoles, state.roleText),
    orgParticipants: isIntervention ? null : count(state.orgParticipants),
    topics: addItem(state.topics, state.topicText),
    summary: state.summary,
    followUps: state.followUps
      .filter((f) => f.text.trim() !== '' || f.due !== '')
      .map((f) => ({ id: f.id, text: f.text.trim(), due: f.due || null, done: f.done })),
    nextMeeting: state.nextMeeting || null,
    activityId: state.activityId || null,
    preventionLevel: state.preventionLevel || null,
    networkLevel: kind === 'network' ? state.networkLevel : null,
    trainingType: kind === 'training' ? state.trainingType : null,
    trainingAudience: kind === 'training' ? state.trainingAudience.trim() : '',
    interventionCount: isIntervention ? count(state.interventionCount) : null,
    privacyAcknowledged,
  };
}
