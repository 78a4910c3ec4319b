import {
  deleteDraft as deleteStoredDraft,
  loadDraft as loadStoredDraft,
  saveDraft as saveStoredDraft,
  type VarnaDB,
} from '../../db';
import {
  LOG_KINDS,
  MEETING_FORMS,
  NETWORK_LEVELS,
  PREVENTION_LEVELS,
  TRAINING_TYPES,
} from '../../shared/schemas';
import { emptyForm, type DialogFormState } from './form-state';

/** Draft ids: one for a new entry, one per entry being edited. */
export const NEW_DRAFT_ID = 'dialog-new';
export const editDraftId = (entryId: string): string => `dialog-edit-${entryId}`;

/** A stored draft: the form exactly as typed. */
export interface DialogDraft {
  form: DialogFormState;
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((i) => typeof i === 'string');

/**
 * A stored draft made safe to open: fields of the wrong type fall back to the empty form's, so a
 * draft written by an older version of the app never breaks the form. Null when it is no draft.
 */
export function normaliseDraft(data: unknown): DialogFormState | null {
  if (typeof data !== 'object' || data === null) return null;
  const form = (data as { form?: unknown }).form;
  if (typeof form !== 'object' || form === null) return null;
  const base = emptyForm();
  const raw = form as Record<string, unknown>;
  const out: Record<string, unknown> = { ...base };
  for (const [key, fallback] of Object.entries(base)) {
    const value = raw[key];
    if (typeof fallback === 'string' && typeof value === 'string') out[key] = value;
    if (Array.isArray(fallback) && Array.isArray(value)) out[key] = value;
  }
  const state = out as unknown as DialogFormState;
  const oneOf = (values: readonly string[], value: string) => values.includes(value);
  if (!oneOf(LOG_KINDS, state.kind)) state.kind = base.kind;
  if (!oneOf(['', ...MEETING_FORMS], state.meetingForm)) state.meetingForm = base.meetingForm;
  if (!oneOf(['', ...PREVENTION_LEVELS], state.preventionLevel)) state.preventionLevel = '';
  if (!oneOf(NETWORK_LEVELS, state.networkLevel)) state.networkLevel = base.networkLevel;
  if (!oneOf(TRAINING_TYPES, state.trainingType)) state.trainingType = base.trainingType;
  if (!isStringArray(state.topics)) state.topics = [];
  if (!isStringArray(state.participantRoles)) state.participantRoles = [];
  state.organisations = ((raw.organisations as unknown[] | undefined) ?? []).flatMap((o) => {
    const { id, name } = (o ?? {}) as { id?: unknown; name?: unknown };
    return typeof name === 'string' ? [{ id: typeof id === 'string' ? id : null, name }] : [];
  });
  state.followUps = ((raw.followUps as unknown[] | undefined) ?? []).flatMap((f) => {
    const { id, text, due, done } = (f ?? {}) as Record<string, unknown>;
    return typeof id === 'string' && typeof text === 'string'
      ? [{ id, text, due: typeof due === 'string' ? due : '', done: done === true }]
      : [];
  });
  return state;
}

/** Stores the form as typed. Device-local, never synced: it survives a reload or a crash. */
export async function saveDraft(db: VarnaDB, id: string, form: DialogFormState): Promise<void> {
  const data: DialogDraft = { form };
  // Sealed like the log when a passphrase is set.
  await saveStoredDraft(db, id, data);
}

/** The stored draft, or null when there is none (or it cannot be read). */
export async function loadDraft(db: VarnaDB, id: string): Promise<DialogFormState | null> {
  const data = await loadStoredDraft<unknown>(db, id);
  return data === undefined ? null : normaliseDraft(data);
}

export async function discardDraft(db: VarnaDB, id: string): Promise<void> {
  await deleteStoredDraft(db, id);
}
