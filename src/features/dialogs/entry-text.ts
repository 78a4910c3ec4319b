import type { LogEntry } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/dialogs';

/**
 * What an entry is called in lists: the names of its organisations, or for an entry without one
 * what kind of entry it is (an intervention: its level and count, never a person).
 */
export function entryTitle(entry: LogEntry, nameOf: (id: string) => string): string {
  const names = entry.organisationIds.map(nameOf).filter(Boolean);
  if (names.length > 0) return names.join(', ');
  const d = sv.dialogs;
  if (entry.kind === 'intervention') {
    const level = d.preventionLevels[entry.preventionLevel ?? 'generell'];
    return d.list.interventionTitle(level, entry.interventionCount);
  }
  if (entry.kind === 'training' && entry.trainingAudience) {
    return `${d.kinds.training}: ${entry.trainingAudience}`;
  }
  return d.list.noOrganisation;
}

/** "Dialogmöte", "Nätverksträff (regional)", "Utbildning (riktad)", "Insats". */
export function entryKindText(entry: LogEntry): string {
  const d = sv.dialogs;
  if (entry.kind === 'network' && entry.networkLevel) {
    return `${d.kinds.network} (${d.networkLevels[entry.networkLevel].toLowerCase()})`;
  }
  if (entry.kind === 'training' && entry.trainingType) {
    return `${d.kinds.training} (${d.trainingTypes[entry.trainingType].toLowerCase()})`;
  }
  return d.kinds[entry.kind];
}
