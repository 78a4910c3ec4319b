import { afterEach, describe, expect, it } from 'vitest';
import { RETENTION_MONTHS, VarnaDB, applyRetention, setMeta } from '../../src/db';
import { applyPullPage } from '../../src/sync';
import type { HistoryEntry } from '../../src/shared/sync/history-protocol';
import { logEntryFields, type LogEntryFields } from '../fixtures/log-entry';

const dbs: VarnaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const data = (date: string, summary: string): LogEntryFields =>
  logEntryFields({ date, summary, updatedAt: '2024-03-01T10:00:00.000Z' });

const change = (id: number, recordId: string, field: string, newValue: unknown): HistoryEntry => ({
  id,
  seq: id,
  table: 'logEntries',
  recordId,
  version: id,
  field,
  kind: 'change',
  oldValue: null,
  newValue,
  actor: 'Anna',
  deviceName: 'Telefon',
  at: '2024-03-01T10:00:00.000Z',
});

describe('retention and the local history', () => {
  it('removes the trimmed text from the entry’s history too, and keeps the rest', async () => {
    const db = new VarnaDB(`t-${crypto.randomUUID()}`);
    dbs.push(db);
    await applyPullPage(
      db,
      [
        { table: 'logEntries', id: 'old', version: 1, data: data('2024-03-01T10:00', 'Gammal') },
        { table: 'logEntries', id: 'new', version: 2, data: data('2026-10-01T10:00', 'Ny') },
      ],
      2,
    );
    await db.history.bulkPut([
      change(1, 'old', 'summary', 'Gammal'),
      change(2, 'old', 'date', '2024-03-01T10:00'),
      change(3, 'new', 'summary', 'Ny'),
    ]);
    await setMeta(db, RETENTION_MONTHS, 13);
    expect(await applyRetention(db, '2026-11-27')).toBe(1);
    expect(await db.history.get(1)).toMatchObject({
      field: 'summary',
      newValue: null,
      actor: 'Anna',
    });
    expect((await db.history.get(2))?.newValue).toBe('2024-03-01T10:00');
    expect((await db.history.get(3))?.newValue).toBe('Ny');
  });
});
