import type { FollowUpStatus } from '../schemas/plan';

/** A status the log suggests; never `ejBedomd` (no suggestion is `null`). */
export type SuggestedStatus = Exclude<FollowUpStatus, 'ejBedomd'>;

/**
 * The status a measured value suggests against the activity's yearly target.
 * - No target, or nothing measured (indicator not linked): no suggestion.
 * - value ≥ target: Helt uppfyllt (a target of 0 is always met).
 * - 0 < value < target: Delvis uppfyllt.
 * - value 0 (below a positive target): Ej uppfyllt.
 */
export function suggestStatus(value: number | null, target: number | null): SuggestedStatus | null {
  if (target === null || value === null) return null;
  if (value >= target) return 'helt';
  if (value > 0) return 'delvis';
  return 'ej';
}

/**
 * Whether to show the suggestion as a hint. A person's status always wins: the hint is shown only
 * while no one has assessed the activity or when the assessment differs from the suggestion.
 */
export function showSuggestion(
  personStatus: FollowUpStatus | null | undefined,
  suggestion: SuggestedStatus | null,
): boolean {
  if (suggestion === null) return false;
  return personStatus !== suggestion;
}
