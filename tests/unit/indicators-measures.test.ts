import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activityValue,
  entriesOfYear,
  measureValue,
  yearIndicators,
} from '../../src/shared/indicators';
import {
  LOG_KINDS,
  NETWORK_LEVELS,
  PREVENTION_LEVELS,
  TRAINING_TYPES,
  logEntrySchema,
  type LogEntry,
} from '../../src/shared/schemas';
import { logEntry } from '../fixtures/log-entry';

let n = 0;
/** A complete, valid log entry; `changes` override any field. */
function entry(changes: Partial<LogEntry> = {}): LogEntry {
  n += 1;
  const out = logEntry(`e-${n}`, {
    updatedAt: '2026-01-01T00:00:00.000Z',
    date: '2026-05-04T10:00',
    ...changes,
  });
  expect(logEntrySchema.safeParse(out).success).toBe(true);
  return out;
}

describe('indicator measures: year boundaries (local Europe/Stockholm dates)', () => {
  const lateNewYearsEve = entry({ date: '2025-12-31T23:30' });
  const earlyNewYearsDay = entry({ date: '2026-01-01T00:10' });
  const entries = [lateNewYearsEve, earlyNewYearsDay];

  it('counts 2025-12-31T23:30 for 2025 and 2026-01-01T00:10 for 2026', () => {
    expect(yearIndicators(entries, 2025).dialogs).toBe(1);
    expect(yearIndicators(entries, 2026).dialogs).toBe(1);
    expect(entriesOfYear(entries, 2025)).toEqual([lateNewYearsEve]);
    expect(entriesOfYear(entries, 2026)).toEqual([earlyNewYearsDay]);
  });

  it('uses the stored local date whatever the time zone of the device running the count', () => {
    // 2026-01-01T00:10 in Stockholm is 2025-12-31T23:10 UTC: it must still count for 2026.
    expect(yearIndicators([earlyNewYearsDay], 2025).dialogs).toBe(0);
    expect(yearIndicators([earlyNewYearsDay], 2026).dialogs).toBe(1);
  });

  it('counts each entry in exactly one year', () => {
    const arbEntry = fc
      .record({
        year: fc.integer({ min: 2016, max: 2030 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        kind: fc.constantFrom(...LOG_KINDS),
      })
      .map(({ year, month, day, hour, kind }) =>
        entry({
          kind,
          date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:05`,
        }),
      );
    fc.assert(
      fc.property(fc.array(arbEntry, { maxLength: 40 }), (entries) => {
        let total = 0;
        for (let year = 2016; year <= 2030; year++) total += entriesOfYear(entries, year).length;
        expect(total).toBe(entries.length);
      }),
      { numRuns: 50 },
    );
  });
});

describe('indicator measures: deleted entries', () => {
  it('excludes deleted entries from every measure', () => {
    const entries = [
      entry({ kind: 'dialog', deleted: true }),
      entry({ kind: 'network', networkLevel: 'regional', deleted: true }),
      entry({ kind: 'training', trainingType: 'grund', deleted: true }),
      entry({ kind: 'intervention', interventionCount: 5, deleted: true }),
      entry({ kind: 'dialog' }),
    ];
    const year = yearIndicators(entries, 2026);
    expect(year.dialogs).toBe(1);
    expect(year.networkMeetings.total).toBe(0);
    expect(year.trainings).toEqual({ grund: 0, riktad: 0 });
    expect(year.interventions.total).toBe(0);
  });

  it('never counts more after entries are deleted (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constantFrom(...LOG_KINDS), deleted: fc.boolean() }), {
          maxLength: 30,
        }),
        (specs) => {
          const live = specs.map((s) => entry({ kind: s.kind }));
          const some = live.map((e, i) => ({ ...e, deleted: specs[i]!.deleted }));
          const a = yearIndicators(live, 2026);
          const b = yearIndicators(some, 2026);
          expect(b.dialogs).toBeLessThanOrEqual(a.dialogs);
          expect(b.networkMeetings.total).toBeLessThanOrEqual(a.networkMeetings.total);
          expect(b.interventions.total).toBeLessThanOrEqual(a.interventions.total);
          expect(b.dialogs).toBe(some.filter((e) => !e.deleted && e.kind === 'dialog').length);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('indicator measures: kinds kept apart', () => {
  it('counts network meetings only for kind network, by level', () => {
    const entries = [
      entry({ kind: 'network', networkLevel: 'regional' }),
      entry({ kind: 'network', networkLevel: 'regional' }),
      entry({ kind: 'network', networkLevel: 'nationell' }),
      entry({ kind: 'network', networkLevel: null }),
      // A dialog that (wrongly) carries a network level is still a dialog, never a meeting.
      entry({ kind: 'dialog', networkLevel: 'regional' }),
      entry({ kind: 'training', trainingType: 'riktad', networkLevel: 'nationell' }),
    ];
    const year = yearIndicators(entries, 2026);
    expect(year.networkMeetings).toEqual({ regional: 2, nationell: 1, total: 4 });
    expect(year.dialogs).toBe(1);
    expect(year.trainings).toEqual({ grund: 0, riktad: 1 });
  });

  it('counts trainings by type and interventions by level (count, or 1 when unset)', () => {
    const entries = [
      entry({ kind: 'training', trainingType: 'grund' }),
      entry({ kind: 'training', trainingType: 'grund' }),
      entry({ kind: 'training', trainingType: 'riktad' }),
      entry({ kind: 'intervention', preventionLevel: 'indikativ', interventionCount: 3 }),
      entry({ kind: 'intervention', preventionLevel: 'indikativ', interventionCount: null }),
      entry({ kind: 'intervention', preventionLevel: 'rehabiliterande', interventionCount: 2 }),
      entry({ kind: 'intervention', preventionLevel: null, interventionCount: 0 }),
      entry({ kind: 'dialog', interventionCount: 9, preventionLevel: 'generell' }),
    ];
    const year = yearIndicators(entries, 2026);
    expect(year.trainings).toEqual({ grund: 2, riktad: 1 });
    expect(year.interventions.total).toBe(6);
    expect(year.interventions.byLevel).toEqual({
      generell: 0,
      specifik: 0,
      indikativ: 4,
      rehabiliterande: 2,
      ingenNiva: 0,
    });
    expect(year.dialogs).toBe(1);
  });

  it('adding entries of other kinds never changes a measure (property)', () => {
    const arbOther = (kind: (typeof LOG_KINDS)[number]) =>
      fc
        .record({
          kind: fc.constantFrom(...LOG_KINDS.filter((k) => k !== kind)),
          networkLevel: fc.constantFrom(null, ...NETWORK_LEVELS),
          trainingType: fc.constantFrom(null, ...TRAINING_TYPES),
          preventionLevel: fc.constantFrom(null, ...PREVENTION_LEVELS),
          interventionCount: fc.option(fc.integer({ min: 0, max: 10 })),
        })
        .map((fields) => entry(fields));
    const cases = [
      ['dialog', 'dialogs'],
      ['network', 'networkMeetings'],
      ['training', 'trainingsBasic'],
      ['training', 'trainingsTargeted'],
      ['intervention', 'interventions'],
    ] as const;
    for (const [kind, measure] of cases) {
      fc.assert(
        fc.property(fc.array(arbOther(kind), { maxLength: 20 }), (others) => {
          const base = [
            entry({ kind, trainingType: 'grund' }),
            entry({ kind, trainingType: 'riktad' }),
          ];
          expect(measureValue(yearIndicators([...base, ...others], 2026), measure)).toBe(
            measureValue(yearIndicators(base, 2026), measure),
          );
        }),
        { numRuns: 30 },
      );
    }
  });
});

describe("an activity's value", () => {
  const year = yearIndicators(
    [
      entry({ kind: 'intervention', preventionLevel: 'rehabiliterande', interventionCount: 2 }),
      entry({ kind: 'intervention', preventionLevel: 'generell', interventionCount: 1 }),
      entry({ kind: 'dialog' }),
    ],
    2026,
  );

  it('is null when the indicator is not linked to a measure', () => {
    expect(activityValue(year, { measure: 'none', preventionLevel: null })).toBeNull();
  });

  it("counts interventions of the activity's level only, or all when it has none", () => {
    expect(
      activityValue(year, { measure: 'interventions', preventionLevel: 'rehabiliterande' }),
    ).toBe(2);
    expect(activityValue(year, { measure: 'interventions', preventionLevel: null })).toBe(3);
    expect(activityValue(year, { measure: 'dialogs', preventionLevel: 'generell' })).toBe(1);
  });
});
