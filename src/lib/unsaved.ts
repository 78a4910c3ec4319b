/**
 * Which forms hold unsaved input. The update banner never reloads while any does, and leaving a
 * page asks first.
 */
const dirty = new Set<string>();

export function setUnsaved(key: string, isDirty: boolean): void {
  if (isDirty) dirty.add(key);
  else dirty.delete(key);
}

export function hasUnsavedInput(): boolean {
  return dirty.size > 0;
}
