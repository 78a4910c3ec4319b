/** Ordering of the routine's steps: pure, so a move is one atomic set of writes. */

export interface Ordered {
  id: string;
  order: number;
}

/** By `order`, then id: two devices adding a step offline may pick the same order. */
export function compareSteps(a: Ordered, b: Ordered): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The order changes that move one step up (-1) or down (+1). Steps are renumbered 1..n, which also
 * settles ties, and only the steps whose number changes are returned (none when it cannot move).
 */
export function reorderWrites(steps: readonly Ordered[], id: string, direction: -1 | 1): Ordered[] {
  const sorted = [...steps].sort(compareSteps);
  const from = sorted.findIndex((s) => s.id === id);
  const to = from + direction;
  const moving = sorted[from];
  const other = sorted[to];
  if (from < 0 || !moving || !other) return [];
  sorted[from] = other;
  sorted[to] = moving;
  return sorted.flatMap((s, i) => (s.order === i + 1 ? [] : [{ id: s.id, order: i + 1 }]));
}

/** The order for a new step: after every existing one (deleted steps included). */
export function nextOrder(steps: readonly Ordered[]): number {
  return steps.reduce((max, s) => Math.max(max, s.order), 0) + 1;
}
