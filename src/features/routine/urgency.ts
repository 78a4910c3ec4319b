import { foldForSearch } from '../../lib/dates';

/**
 * True when a step's "when" speaks of acute danger ("Vid akut fara"), so it is shown prominently;
 * "inte är akut" / "ej akut" is not urgent.
 */
export function isUrgent(when: string): boolean {
  const text = foldForSearch(when);
  return /(^|[^a-z])akut/.test(text) && !/(inte|ej)\s+(ar\s+)?akut/.test(text);
}

/** The first sentence of a note, for a short line under a contact with no number. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = trimmed.search(/[.!?](\s|$)/);
  return end < 0 ? trimmed : trimmed.slice(0, end + 1);
}
