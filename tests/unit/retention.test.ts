import { afterEach, describe, expect, it } from 'vitest';
import { VarnaDB, applyRetention, retentionCutoff, setMeta, RETENTION_MONTHS } from '../../src/db';
import { applyPullPage } from '../../src/sync';
import { writeRecord } from '../../src/db';
import { logEntryFields, type LogEntryFields } from '../fixtures/log-entry';

const dbs: VarnaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function entry(date: string, summary: string): LogEntryFields {
  return logEntryFields({
    date,
    organisationIds: ['org-1'],
    topics: ['Trygghet'],
    summary,
    followUps: [{ id: 'f', text: 'Ring tillbaka', due: null, done: false }],
    updatedAt: '2025-01-01T00:00:00.000Z',
  });
}

describe('retention', () => {
  it('computes the cutoff in whole months', () => {
    expect(retentionCutoff('2026-11-27', 13)).toBe('2025-10-27');
    expect(retentionCutoff('2026-01-15', 1)).toBe('2025-12-15');
  });

  it('empties the free text of old synced entries, keeps their counts, never touches unsynced ones', async () => {
    const db = new VarnaDB(`t-${crypto.randomUUID()}`);
    dbs.push(db);
    // A synced old entry arrives by pull; an unsynced old entry and a recent synced one stay whole.
    await applyPullPage(
      db,
      [
        {
          table: 'logEntries',
          id: 'old-synced',
          version: 5,
          data: entry('2024-03-01T10:00', 'Gammal text'),
        },
        {
          table: 'logEntries',
          id: 'new-synced',
          version: 6,
          data: entry('2026-10-01T10:00', 'Ny text'),
        },
      ],
      6,
    );
    await writeRecord(db, 'logEntries', 'old-unsynced', entry('2024-02-01T10:00', 'Inte synkad'));
    await setMeta(db, RETENTION_MONTHS, 13);
    expect(await applyRetention(db, '2026-11-27')).toBe(1);
    const oldSynced = await db.logEntries.get('old-synced');
    expect(oldSynced).toMatchObject({
      summary: '',
      topics: [],
      kind: 'dialog',
      date: '2024-03-01T10:00',
    });
    expect(oldSynced?.organisationIds).toEqual(['org-1']);
    expect(oldSynced?.followUps[0]?.text).toBe('');
    expect((await db.logEntries.get('old-unsynced'))?.summary).toBe('Inte synkad');
    expect((await db.logEntries.get('new-synced'))?.summary).toBe('Ny text');
    // Trimming is local: nothing new to push.
    expect(await db.outbox.count()).toBe(1);
  });
});
