import { describe, expect, it } from 'vitest';
import { compareSteps, nextOrder, reorderWrites } from '../../src/features/routine/reorder';
import { firstSentence, isUrgent } from '../../src/features/routine/urgency';

const steps = (...orders: number[]) => orders.map((order, i) => ({ id: `s${i}`, order }));

describe('moving a step', () => {
  it('swaps two neighbours and writes only those', () => {
    expect(reorderWrites(steps(1, 2, 3), 's1', -1)).toEqual([
      { id: 's1', order: 1 },
      { id: 's0', order: 2 },
    ]);
  });

  it('cannot move past either end', () => {
    expect(reorderWrites(steps(1, 2, 3), 's0', -1)).toEqual([]);
    expect(reorderWrites(steps(1, 2, 3), 's2', 1)).toEqual([]);
    expect(reorderWrites(steps(1, 2, 3), 'missing', 1)).toEqual([]);
  });

  it('renumbers 1..n, which settles ties from two devices', () => {
    const tied = [
      { id: 'a', order: 2 },
      { id: 'b', order: 2 },
      { id: 'c', order: 5 },
    ];
    expect(reorderWrites(tied, 'c', -1)).toEqual([
      { id: 'a', order: 1 },
      { id: 'c', order: 2 },
      { id: 'b', order: 3 },
    ]);
  });

  it('orders by number, then id, and puts a new step last', () => {
    expect([...steps(3, 1, 1)].sort(compareSteps).map((s) => s.id)).toEqual(['s1', 's2', 's0']);
    expect(nextOrder(steps(1, 7, 3))).toBe(8);
    expect(nextOrder([])).toBe(1);
  });
});

describe('urgent steps', () => {
  it('treats "Vid akut fara" as urgent', () => {
    expect(isUrgent('Vid akut fara')).toBe(true);
    expect(isUrgent('AKUT')).toBe(true);
  });

  it('does not treat "inte är akut" or "ej akut" as urgent', () => {
    expect(isUrgent('Vid konkret fara eller brott som inte är akut')).toBe(false);
    expect(isUrgent('Ej akut')).toBe(false);
    expect(isUrgent('När oro uppstår i skolan')).toBe(false);
  });

  it('shortens a note to its first sentence', () => {
    expect(firstSentence('Nås via växeln. Du kan rådgöra anonymt.')).toBe('Nås via växeln.');
    expect(firstSentence('Ingen punkt')).toBe('Ingen punkt');
  });
});
