import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { showSuggestion, suggestStatus } from '../../src/shared/indicators';

describe('suggested status from a target', () => {
  it.each([
    // value, target, suggestion
    [4, 4, 'helt'],
    [5, 4, 'helt'],
    [1000, 1, 'helt'],
    [3, 4, 'delvis'],
    [1, 4, 'delvis'],
    [0, 4, 'ej'],
    [0, 1, 'ej'],
    [0, 0, 'helt'],
    [7, 0, 'helt'],
    [0, null, null],
    [12, null, null],
    [null, 4, null],
    [null, null, null],
  ] as const)('value %s against target %s suggests %s', (value, target, expected) => {
    expect(suggestStatus(value, target)).toBe(expected);
  });

  it('never suggests less when the value grows (property)', () => {
    const rank = { ej: 0, delvis: 1, helt: 2 } as const;
    fc.assert(
      fc.property(
        fc.nat({ max: 1000 }),
        fc.nat({ max: 1000 }),
        fc.nat({ max: 1000 }),
        (value, more, target) => {
          const a = suggestStatus(value, target)!;
          const b = suggestStatus(value + more, target)!;
          expect(rank[b]).toBeGreaterThanOrEqual(rank[a]);
        },
      ),
    );
  });
});

describe("a person's status wins over the suggestion", () => {
  it.each([
    // person's status, suggestion, show the hint?
    [undefined, 'helt', true],
    [null, 'delvis', true],
    ['ejBedomd', 'ej', true],
    ['delvis', 'helt', true],
    ['ej', 'delvis', true],
    ['helt', 'helt', false],
    ['delvis', 'delvis', false],
    ['ej', 'ej', false],
    ['helt', null, false],
    [undefined, null, false],
  ] as const)('status %s, suggestion %s: hint shown %s', (status, suggestion, shown) => {
    expect(showSuggestion(status, suggestion)).toBe(shown);
  });
});
