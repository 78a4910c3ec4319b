import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { VarnaDB, initLock, lock, setPassphrase, unlock, writeRecord } from '../../src/db';
import { readLogSummary, readReportPlan } from '../../src/features/report/read-report';
import { yearIndicators } from '../../src/shared/indicators';
import {
  buildYearReport,
  dialogsByMonth,
  dialogsByOrganisation,
  dialogsOfYear,
  summarizeLog,
} from '../../src/shared/report';
import { LOG_KINDS } from '../../src/shared/schemas';
import { sv } from '../../src/lib/strings';
import { activity, area, entry, followUp, organisation } from './report-fixture';

const organisations = [
  organisation('o1', 'Örebro moské'),
  organisation('o2', 'Ahmadiyya'),
  organisation('o3', 'Ahmadiyya (dubblett)', { mergedInto: 'o2' }),
  organisation('o4', 'Åby kyrka'),
];

/** Log entries over three years: every kind, tombstones, merged and unknown organisations. */
const arbitraryEntry = fc
  .record({
    kind: fc.constantFrom(...LOG_KINDS),
    year: fc.constantFrom(2024, 2025, 2026, 2027),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 10, max: 28 }),
    organisationIds: fc.subarray(['o1', 'o2', 'o3', 'o4', 'gone']),
    deleted: fc.boolean(),
    networkLevel: fc.constantFrom(null, 'regional' as const, 'nationell' as const),
    trainingType: fc.constantFrom(null, 'grund' as const, 'riktad' as const),
    preventionLevel: fc.constantFrom(null, 'generell' as const, 'specifik' as const),
    interventionCount: fc.option(fc.integer({ min: 0, max: 9 })),
  })
  .map(({ year, month, day, kind, ...rest }) =>
    entry('x', kind, `${year}-${String(month).padStart(2, '0')}-${day}T10:00`, rest),
  );

describe('the report counts the log in one pass', () => {
  it('gives exactly the figures of the rules applied one by one, for any log', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { maxLength: 60 }), (entries) => {
        const dialogs = dialogsOfYear(entries, 2026);
        const report = buildYearReport(
          { areas: [], activities: [], followUps: [], entries, organisations },
          2026,
        );
        expect(report.indicators).toEqual(yearIndicators(entries, 2026));
        expect(report.previousIndicators).toEqual(yearIndicators(entries, 2025));
        expect(report.dialogCount).toBe(dialogs.length);
        expect(report.dialogsByMonth).toEqual(dialogsByMonth(dialogs));
        expect(report.dialogsByOrganisation).toEqual(dialogsByOrganisation(dialogs, organisations));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the report read from a device with a passphrase', () => {
  const open: VarnaDB[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });

  it('counts sealed log entries the same while locked, and says a sealed comment is locked', async () => {
    const db = new VarnaDB(`t-${crypto.randomUUID()}`);
    open.push(db);
    await initLock(db);
    await setPassphrase(db, 'korrekt hästbatteri', 1_000);
    await writeRecord(db, 'areas', 'A1', area('A1', 1, 'Dialog'));
    await writeRecord(db, 'activities', 'act1', activity('act1', 'A1', 1, { measure: 'dialogs' }));
    const assessed = followUp('act1', 2026, 'delvis', { comment: 'Två av fyra' });
    await writeRecord(db, 'followUps', assessed.id, assessed);
    const log = [
      entry('d1', 'dialog', '2026-03-01T10:00', { summary: 'Hemligt', organisationIds: ['o1'] }),
      entry('d2', 'dialog', '2026-03-02T10:00', { summary: 'Hemligt', topics: ['Trygghet'] }),
      entry('d3', 'dialog', '2025-05-02T10:00', { summary: 'Förra året' }),
      entry('t1', 'training', '2026-04-02T10:00', {
        trainingType: 'grund',
        trainingAudience: 'Lärare',
      }),
      entry('gone', 'dialog', '2026-04-02T10:00', { deleted: true }),
    ];
    for (const e of log) await writeRecord(db, 'logEntries', e.id, e);
    const stored = await db.logEntries.get('d1');
    expect(typeof stored?.summary).not.toBe('string'); // sealed at rest

    const unlocked = await readLogSummary(db, 2026);
    const unlockedPlan = await readReportPlan(db, 2026);
    lock(db);
    const locked = await readLogSummary(db, 2026);
    const lockedPlan = await readReportPlan(db, 2026);

    expect(locked).toEqual(unlocked);
    expect(locked).toEqual(summarizeLog(log, 2026));
    expect(locked.dialogCount).toBe(2);
    expect(locked.previousIndicators.dialogs).toBe(1);
    expect(locked.indicators.trainings.grund).toBe(1);
    expect(unlockedPlan.followUps[0]?.comment).toBe('Två av fyra');
    expect(lockedPlan.followUps[0]?.comment).toBe(sv.report.activity.locked);

    expect(await unlock(db, 'korrekt hästbatteri')).toEqual({ ok: true });
    expect((await readReportPlan(db, 2026)).followUps[0]?.comment).toBe('Två av fyra');
  });
});
