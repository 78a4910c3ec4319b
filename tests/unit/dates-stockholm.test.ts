import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTimeNow, stockholmClocks } from '../../src/lib/dates';

/**
 * The log's dates are Sweden's wall clock. The app tells it by the EU summer-time rule (no Intl
 * formatter on the way to the first screen); it must agree with the time zone database at every
 * instant, the switches included.
 */
describe("Sweden's wall clock", () => {
  it('agrees with the time zone database at any instant from 1996 to 2099', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const instant = new Date(ms);
        expect(stockholmClocks.rule(instant)).toBe(stockholmClocks.intl(instant));
      }),
      { numRuns: 3000 },
    );
  });

  it('switches to summer time and back at 01:00 UTC on the last Sundays of March and October', () => {
    const at = (iso: string) => localDateTimeNow(new Date(iso));
    expect(at('2026-03-29T00:59:00Z')).toBe('2026-03-29T01:59');
    expect(at('2026-03-29T01:00:00Z')).toBe('2026-03-29T03:00');
    expect(at('2026-10-25T00:59:00Z')).toBe('2026-10-25T02:59');
    expect(at('2026-10-25T01:00:00Z')).toBe('2026-10-25T02:00');
    expect(at('2026-12-31T23:30:00Z')).toBe('2027-01-01T00:30');
  });

  it('leaves years the rule does not cover to the time zone database', () => {
    const instant = new Date('1990-09-30T00:30:00Z'); // Sweden ended summer time in September then
    expect(stockholmClocks.rule(instant)).toBeNull();
    expect(localDateTimeNow(instant)).toBe(stockholmClocks.intl(instant));
  });
});
