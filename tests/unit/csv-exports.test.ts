import { afterEach, describe, expect, it } from 'vitest';
import { VarnaDB, writeRecord } from '../../src/db';
import { csvExport } from '../../src/features/backup/csv-exports';
import { parseCsv } from '../../src/lib/csv';
import { activity, area, contact, entry, followUp, organisation } from './report-fixture';

const open: VarnaDB[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function fixtureDb(): Promise<VarnaDB> {
  const db = new VarnaDB(`t-${crypto.randomUUID()}`);
  open.push(db);
  await writeRecord(db, 'areas', 'A1', area('A1', 1, 'Dialog med trossamfund'));
  await writeRecord(
    db,
    'activities',
    'act1',
    activity('act1', 'A1', 1, { what: 'Föra dialog; löpande' }),
  );
  await writeRecord(
    db,
    'followUps',
    followUp('act1', 2026, 'delvis').id,
    followUp('act1', 2026, 'delvis', {
      comment: 'Två möten,\n"bra" samtal',
    }),
  );
  await writeRecord(
    db,
    'organisations',
    'o1',
    organisation('o1', 'Örnsköldsviks moské; Å-gruppen'),
  );
  await writeRecord(
    db,
    'organisations',
    'o2',
    organisation('o2', 'Ängets förening', { kind: 'forening' }),
  );
  await writeRecord(db, 'organisations', 'o3', organisation('o3', 'Borttagen', { deleted: true }));
  await writeRecord(
    db,
    'logEntries',
    'e1',
    entry('e1', 'dialog', '2026-03-05T14:00', {
      organisationIds: ['o1', 'o2'],
      summary: 'Pratade om "trygghet"; lokaler\noch ungdomar',
      topics: ['Trygghet', 'Lokaler'],
      meetingForm: 'fysiskt',
      activityId: 'act1',
      followUps: [{ id: 'f1', text: 'Skicka inbjudan', due: '2026-04-01', done: false }],
    }),
  );
  await writeRecord(
    db,
    'logEntries',
    'e0',
    entry('e0', 'dialog', '2026-01-02T09:30', { organisationIds: ['o2'] }),
  );
  await writeRecord(
    db,
    'logEntries',
    'e2',
    entry('e2', 'dialog', '2026-04-01T10:00', { deleted: true }),
  );
  await writeRecord(
    db,
    'contacts',
    'c1',
    contact('c1', 'Säkerhetssamordnare', {
      phones: [
        { label: 'Mobil', number: '+46 70 123 45 67' },
        { label: '', number: '060-16 30 00' },
      ],
      email: 'sakerhet@timra.se',
    }),
  );
  return db;
}

describe('CSV exports', () => {
  it('exports the log by date with organisation names resolved, ISO dates and no deleted entries', async () => {
    const db = await fixtureDb();
    const text = await csvExport(db, 'logEntries');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header?.slice(0, 4)).toEqual(['Typ', 'Datum', 'Tid', 'Organisationer']);
    expect(rows.map((r) => r.at(-1))).toEqual(['e0', 'e1']);
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      Typ: 'Dialogmöte',
      Datum: '2026-03-05',
      Tid: '14:00',
      Organisationer: 'Örnsköldsviks moské; Å-gruppen, Ängets förening',
      Mötesform: 'Fysiskt möte',
      Ämnen: 'Trygghet, Lokaler',
      Sammanfattning: 'Pratade om "trygghet"; lokaler\noch ungdomar',
      'Överenskomna uppföljningar': 'Skicka inbjudan, senast 2026-04-01',
      'Aktivitet i planen': 'Föra dialog; löpande',
    });
  });

  it('exports follow-ups with area, activity and status in words', async () => {
    const db = await fixtureDb();
    const [header, ...rows] = parseCsv(await csvExport(db, 'followUps'));
    expect(header).toEqual([
      'År',
      'Område',
      'Aktivitet',
      'Status',
      'Kommentar',
      'Bedömd av',
      'Bedömd',
      'Id',
    ]);
    expect(rows[0]?.slice(0, 6)).toEqual([
      '2026',
      'Dialog med trossamfund',
      'Föra dialog; löpande',
      'Delvis uppfyllt',
      'Två möten,\n"bra" samtal',
      'RTH',
    ]);
  });

  it('exports organisations in Swedish order with their dialog count and last dialog', async () => {
    const db = await fixtureDb();
    const [, ...rows] = parseCsv(await csvExport(db, 'organisations'));
    expect(rows.map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ['Ängets förening', 'Förening', '2', '2026-03-05'],
      ['Örnsköldsviks moské; Å-gruppen', 'Trossamfund', '1', '2026-03-05'],
    ]);
  });

  it('exports contacts with every phone number', async () => {
    const db = await fixtureDb();
    const [, ...rows] = parseCsv(await csvExport(db, 'contacts'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(0, 6)).toEqual([
      'Säkerhetssamordnare',
      'Timrå kommun',
      '',
      'Kommunen',
      'Mobil: +46 70 123 45 67, 060-16 30 00',
      'sakerhet@timra.se',
    ]);
  });
});
