import { afterEach, describe, expect, it } from 'vitest';
import { VarnaDB, ensureDefaults, writeRecord } from '../../src/db';
import { buildYearReport, dialogsByOrganisation, dialogsOfYear } from '../../src/shared/report';
import { DEFAULT_ACTIVITIES, DIALOG_ACTIVITY_ID } from '../../src/shared/seed';
import { activity, area, entry, followUp, organisation } from './report-fixture';

/**
 * A small plan and log whose report is computed by hand below. Year 2026, compared with 2025.
 */
const areas = [
  area('A1', 1, 'Dialog'),
  area('A2', 2, 'Utbildning'),
  area('A3', 0, 'Borttaget område', { deleted: true }),
];
const activities = [
  activity('act1', 'A1', 2, { measure: 'dialogs', target: 4, what: 'Dialogmöten' }),
  activity('act2', 'A1', 1, { measure: 'networkMeetings', what: 'Nätverk' }),
  activity('act3', 'A2', 1, {
    measure: 'interventions',
    preventionLevel: 'generell',
    what: 'Insatser',
  }),
  activity('act4', 'A2', 2, { measure: 'trainingsBasic', what: 'Grundutbildning' }),
  activity('act5', 'A2', 3, { measure: 'none', what: 'Lägesbild' }),
  activity('act6', 'A2', 4, { measure: 'dialogs', deleted: true }),
  activity('act7', 'A3', 1, { measure: 'dialogs' }),
];
const followUps = [
  followUp('act1', 2026, 'helt', { comment: 'Fyra dialoger; alla "bra"' }),
  followUp('act2', 2026, 'delvis'),
  followUp('act3', 2026, 'ej', { comment: 'Ingen efterfrågan' }),
  followUp('act4', 2026, 'helt', { deleted: true }),
  followUp('act5', 2025, 'helt'),
];
const organisations = [
  organisation('o1', 'Örebro moské'),
  organisation('o2', 'Ahmadiyya'),
  organisation('o3', 'Ahmadiyya (dubblett)', { mergedInto: 'o2', deleted: true }),
  organisation('o4', 'Zeta'),
  organisation('o5', 'Åby kyrka'),
  organisation('o6', 'Ängby förening'),
];
const entries = [
  entry('e1', 'dialog', '2026-01-15T10:00', { organisationIds: ['o1'] }),
  entry('e2', 'dialog', '2026-01-20T09:00', { organisationIds: ['o1', 'o2'] }),
  entry('e3', 'dialog', '2026-03-05T14:00', { organisationIds: ['o2'] }),
  entry('e4', 'dialog', '2026-03-31T23:59', { organisationIds: ['o3'] }),
  entry('e5', 'dialog', '2026-12-31T23:30'),
  entry('e6', 'dialog', '2025-12-31T23:30', { organisationIds: ['o1'] }),
  entry('e7', 'dialog', '2026-02-01T10:00', { organisationIds: ['o4'], deleted: true }),
  entry('e8', 'dialog', '2025-06-01T10:00', { organisationIds: ['o4'] }),
  entry('e9', 'network', '2026-05-05T10:00', { networkLevel: 'regional' }),
  entry('e10', 'network', '2026-06-05T10:00'),
  entry('e11', 'network', '2025-05-05T10:00', { networkLevel: 'nationell' }),
  entry('e12', 'intervention', '2026-04-01T10:00', {
    preventionLevel: 'generell',
    interventionCount: 3,
  }),
  entry('e13', 'intervention', '2026-04-02T10:00', { preventionLevel: 'generell' }),
  entry('e14', 'intervention', '2026-04-03T10:00', {
    preventionLevel: 'specifik',
    interventionCount: 5,
  }),
  entry('e15', 'intervention', '2025-04-03T10:00', {
    preventionLevel: 'generell',
    interventionCount: 2,
  }),
  entry('e16', 'training', '2026-09-01T10:00', { trainingType: 'grund' }),
  entry('e17', 'training', '2026-09-02T10:00', { trainingType: 'riktad' }),
  entry('e18', 'training', '2025-09-01T10:00', { trainingType: 'grund' }),
  entry('e19', 'training', '2025-10-01T10:00', { trainingType: 'grund' }),
  entry('e20', 'dialog', '2027-01-01T00:10', { organisationIds: ['o1'] }),
  entry('e21', 'dialog', '2026-07-01T10:00', { organisationIds: ['o4'] }),
  entry('e22', 'dialog', '2026-07-02T10:00', { organisationIds: ['o5'] }),
  entry('e23', 'dialog', '2026-07-03T10:00', { organisationIds: ['o6'] }),
];
const input = { areas, activities, followUps, entries, organisations };

describe('the annual report from a fixture', () => {
  const report = buildYearReport(input, 2026);

  it('lists live areas and activities in plan order with status, comment, value and change', () => {
    const rows = report.areas.map((a) => ({
      title: a.title,
      activities: a.activities.map((f) => [
        f.activityId,
        f.status,
        f.comment,
        f.value,
        f.previous,
        f.change,
      ]),
    }));
    expect(rows).toEqual([
      {
        title: 'Dialog',
        activities: [
          // network meetings: 2026 e9, e10 (one without level); 2025 e11.
          ['act2', 'delvis', '', 2, 1, 1],
          // dialogs: 2026 e1 e2 e3 e4 e5 e21 e22 e23 (e7 deleted, e6 is 2025, e20 is 2027); 2025 e6 e8.
          ['act1', 'helt', 'Fyra dialoger; alla "bra"', 8, 2, 6],
        ],
      },
      {
        title: 'Utbildning',
        activities: [
          // generell interventions: 2026 3 + 1 (no count = 1); 2025 2. e14 is specifik.
          ['act3', 'ej', 'Ingen efterfrågan', 4, 2, 2],
          // basic trainings: 2026 e16; 2025 e18 e19. Its follow-up is deleted: not assessed.
          ['act4', 'ejBedomd', '', 1, 2, -1],
          ['act5', 'ejBedomd', '', null, null, null],
        ],
      },
    ]);
  });

  it('counts the status distribution over the live activities', () => {
    expect(report.statusCounts).toEqual({ helt: 1, delvis: 1, ej: 1, ejBedomd: 2 });
    expect(report.activityCount).toBe(5);
  });

  it('counts dialogs per organisation with the last date, merged duplicates under the one kept', () => {
    expect(report.dialogCount).toBe(8);
    expect(report.dialogsByOrganisation).toEqual([
      { organisationId: 'o2', name: 'Ahmadiyya', count: 3, lastDate: '2026-03-31T23:59' },
      { organisationId: 'o1', name: 'Örebro moské', count: 2, lastDate: '2026-01-20T09:00' },
      // Ties in Swedish order: Z before Å before Ä; "no organisation" last.
      { organisationId: 'o4', name: 'Zeta', count: 1, lastDate: '2026-07-01T10:00' },
      { organisationId: 'o5', name: 'Åby kyrka', count: 1, lastDate: '2026-07-02T10:00' },
      { organisationId: 'o6', name: 'Ängby förening', count: 1, lastDate: '2026-07-03T10:00' },
      { organisationId: null, name: null, count: 1, lastDate: '2026-12-31T23:30' },
    ]);
  });

  it('counts dialogs per month by the local date, year boundaries included', () => {
    expect(report.dialogsByMonth).toEqual([2, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 1]);
    expect(buildYearReport(input, 2027).dialogsByMonth[0]).toBe(1);
    expect(buildYearReport(input, 2025).dialogsByMonth[11]).toBe(1);
  });

  it('keeps the indicators of both years for the summary', () => {
    expect(report.indicators.networkMeetings.total).toBe(2);
    expect(report.indicators.interventions.total).toBe(9);
    expect(report.previousIndicators.trainings).toEqual({ grund: 2, riktad: 0 });
  });

  it('names an organisation missing from the register as unknown (null), never dropping its dialogs', () => {
    const rows = dialogsByOrganisation(
      dialogsOfYear(
        [entry('x', 'dialog', '2026-02-02T10:00', { organisationIds: ['gone'] })],
        2026,
      ),
      organisations,
    );
    expect(rows).toEqual([
      { organisationId: 'gone', name: null, count: 1, lastDate: '2026-02-02T10:00' },
    ]);
  });
});

describe('the report over the default plan on a device', () => {
  const open: VarnaDB[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });

  it('shows every default activity, unassessed until someone assesses it', async () => {
    const db = new VarnaDB(`t-${crypto.randomUUID()}`);
    open.push(db);
    await ensureDefaults(db);
    const assessed = followUp(DIALOG_ACTIVITY_ID, 2026, 'delvis', { comment: 'Två av fyra' });
    await writeRecord(db, 'followUps', assessed.id, assessed);
    await writeRecord(db, 'logEntries', 'd1', entry('d1', 'dialog', '2026-05-01T10:00'));
    const report = buildYearReport(
      {
        areas: await db.areas.toArray(),
        activities: await db.activities.toArray(),
        followUps: await db.followUps.toArray(),
        entries: await db.logEntries.toArray(),
        organisations: await db.organisations.toArray(),
      },
      2026,
    );
    expect(report.activityCount).toBe(DEFAULT_ACTIVITIES.length);
    expect(report.statusCounts).toEqual({
      helt: 0,
      delvis: 1,
      ej: 0,
      ejBedomd: DEFAULT_ACTIVITIES.length - 1,
    });
    const dialogActivity = report.areas
      .flatMap((a) => a.activities)
      .find((f) => f.activityId === DIALOG_ACTIVITY_ID);
    expect(dialogActivity).toMatchObject({
      status: 'delvis',
      comment: 'Två av fyra',
      value: 1,
      change: 1,
    });
  });
});
