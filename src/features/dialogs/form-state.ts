import type { LogEntry, LogKind, PreventionLevel } from '../../shared/schemas';
import type { MEETING_FORMS, NETWORK_LEVELS, TRAINING_TYPES } from '../../shared/schemas';
import {
  DIALOG_ACTIVITY_ID,
  INTERVENTION_ACTIVITY_ID,
  NETWORK_ACTIVITY_ID,
  TRAINING_BASIC_ACTIVITY_ID,
  TRAINING_TARGETED_ACTIVITY_ID,
} from '../../shared/seed/activity-ids';
import { newId } from '../../shared/ids';
import { localDateTimeNow } from '../../lib/dates';

export type MeetingForm = (typeof MEETING_FORMS)[number];
export type NetworkLevel = (typeof NETWORK_LEVELS)[number];
export type TrainingType = (typeof TRAINING_TYPES)[number];

/** An organisation chosen on the form: `id` null for a name that is not in the register yet. */
export interface OrganisationChoice {
  id: string | null;
  name: string;
}

export interface FollowUpDraft {
  id: string;
  text: string;
  due: string;
  done: boolean;
}

/** Everything the form holds, as typed (numbers as text), so a draft keeps exactly what was typed. */
export interface DialogFormState {
  kind: LogKind;
  date: string;
  time: string;
  organisations: OrganisationChoice[];
  /** Typed in the Organisation field but not chosen yet; saved as an organisation too. */
  organisationText: string;
  meetingForm: MeetingForm | '';
  participantRoles: string[];
  roleText: string;
  orgParticipants: string;
  topics: string[];
  topicText: string;
  summary: string;
  followUps: FollowUpDraft[];
  nextMeeting: string;
  activityId: string;
  preventionLevel: PreventionLevel | '';
  networkLevel: NetworkLevel;
  trainingType: TrainingType;
  trainingAudience: string;
  interventionCount: string;
}

/** The plan activity an entry of each kind counts towards unless the user picks another. */
export function defaultActivity(kind: LogKind, trainingType: TrainingType): string {
  if (kind === 'network') return NETWORK_ACTIVITY_ID;
  if (kind === 'intervention') return INTERVENTION_ACTIVITY_ID;
  if (kind === 'training') {
    return trainingType === 'riktad' ? TRAINING_TARGETED_ACTIVITY_ID : TRAINING_BASIC_ACTIVITY_ID;
  }
  return DIALOG_ACTIVITY_ID;
}

/** A new dialog meeting, dated now (Europe/Stockholm). */
export function emptyForm(now: Date = new Date()): DialogFormState {
  const stamp = localDateTimeNow(now);
  return {
    kind: 'dialog',
    date: stamp.slice(0, 10),
    time: stamp.slice(11, 16),
    organisations: [],
    organisationText: '',
    meetingForm: 'fysiskt',
    participantRoles: [],
    roleText: '',
    orgParticipants: '',
    topics: [],
    topicText: '',
    summary: '',
    followUps: [],
    nextMeeting: '',
    activityId: DIALOG_ACTIVITY_ID,
    preventionLevel: '',
    networkLevel: 'regional',
    trainingType: 'grund',
    trainingAudience: '',
    interventionCount: '1',
  };
}

/**
 * Switches the kind or the training type; the linked activity follows along while it is still the
 * previous default (a choice the user made stays).
 */
export function withKind(
  state: DialogFormState,
  kind: LogKind,
  trainingType: TrainingType = state.trainingType,
): DialogFormState {
  const wasDefault = state.activityId === defaultActivity(state.kind, state.trainingType);
  const next = { ...state, kind, trainingType };
  if (wasDefault) next.activityId = defaultActivity(kind, trainingType);
  if (kind === 'intervention' && !next.preventionLevel) next.preventionLevel = 'generell';
  return next;
}

/** The form for editing a stored entry. */
export function formFromEntry(entry: LogEntry, nameOf: (id: string) => string): DialogFormState {
  return {
    ...emptyForm(),
    kind: entry.kind,
    date: entry.date.slice(0, 10),
    time: entry.date.slice(11, 16),
    organisations: entry.organisationIds.map((id) => ({ id, name: nameOf(id) })),
    meetingForm: entry.meetingForm ?? '',
    participantRoles: [...entry.participantRoles],
    orgParticipants: entry.orgParticipants === null ? '' : String(entry.orgParticipants),
    topics: [...entry.topics],
    summary: entry.summary,
    followUps: entry.followUps.map((f) => ({ ...f, due: f.due ?? '' })),
    nextMeeting: entry.nextMeeting ?? '',
    activityId: entry.activityId ?? '',
    preventionLevel: entry.preventionLevel ?? '',
    networkLevel: entry.networkLevel ?? 'regional',
    trainingType: entry.trainingType ?? 'grund',
    trainingAudience: entry.trainingAudience,
    interventionCount: entry.interventionCount === null ? '' : String(entry.interventionCount),
  };
}

export function newFollowUp(): FollowUpDraft {
  return { id: newId(), text: '', due: '', done: false };
}

/** Adds a free-text item (topic or role) unless it is blank or already there. */
export function addItem(items: string[], text: string): string[] {
  const item = text.trim();
  if (!item || items.some((i) => i.toLocaleLowerCase('sv') === item.toLocaleLowerCase('sv'))) {
    return items;
  }
  return [...items, item];
}

export function sameForm(a: DialogFormState, b: DialogFormState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
