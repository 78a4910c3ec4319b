import { common } from './strings/common';

/**
 * Which forms hold unsaved input, and whether each keeps it as a draft on the device. The update
 * banner never reloads while any does, and leaving a page asks first (saying whether the text is
 * kept as a draft or lost).
 */
const dirty = new Map<string, { draftKept: boolean }>();

export function setUnsaved(key: string, isDirty: boolean, draftKept = false): void {
  if (isDirty) dirty.set(key, { draftKept });
  else dirty.delete(key);
}

export function hasUnsavedInput(): boolean {
  return dirty.size > 0;
}

/** True when every form with unsaved input keeps it as a draft (leaving loses nothing). */
export function unsavedInputKeptAsDraft(): boolean {
  return [...dirty.values()].every((form) => form.draftKept);
}

/**
 * Whether the user may leave the page: at once when nothing is unsaved, else after saying yes to a
 * question that says whether the text is kept as a draft or lost.
 */
export function confirmLeaving(): boolean {
  if (!hasUnsavedInput()) return true;
  return window.confirm(unsavedInputKeptAsDraft() ? common.leave.draftKept : common.leave.lost);
}
