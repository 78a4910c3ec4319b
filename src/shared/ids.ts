import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';

/** Namespace for Värna's deterministic ids. Never change it: ids made from it are stored everywhere. */
const VARNA_NAMESPACE = '6f1c3a52-8d0e-4b7a-9a43-2f6e1d9b0c11';

/** A new record id: UUIDv7, time-ordered, made on the device. */
export function newId(): string {
  return uuidv7();
}

/**
 * A deterministic id from a natural key, so that two devices creating the same record offline
 * meet in one record (a follow-up is (activity, year); default data uses its seed key).
 */
export function stableId(...parts: Array<string | number>): string {
  return uuidv5(parts.join(':'), VARNA_NAMESPACE);
}

export const followUpId = (activityId: string, year: number): string =>
  stableId('followUp', activityId, year);
