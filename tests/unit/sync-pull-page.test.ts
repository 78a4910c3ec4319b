import { afterEach, describe, expect, it } from 'vitest';
import { META, VarnaDB, getMeta, writeRecord } from '../../src/db';
import { ensureDefaults } from '../../src/db';
import { PullOrderError, preparePage, storePage } from '../../src/sync/pull-page';
import type { ServerChange } from '../../src/shared/sync/protocol';

const dbs: VarnaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function device(): Promise<VarnaDB> {
  const db = new VarnaDB(`t-${crypto.randomUUID()}`);
  dbs.push(db);
  await ensureDefaults(db);
  return db;
}

const org = (id: string, name: string, version: number): ServerChange => ({
  table: 'organisations',
  id,
  version,
  data: {
    name,
    kind: 'forening',
    wishesDialog: 'okant',
    firstContact: null,
    note: '',
    mergedInto: null,
    deleted: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
});

describe('pull pages stored one after another', () => {
  it('stores a page queued behind another once that one has committed, in order', async () => {
    const db = await device();
    const first = storePage(db, await preparePage(db, [org('o-1', 'Första', 1)], 1), 0);
    const second = storePage(db, await preparePage(db, [org('o-2', 'Andra', 2)], 2), 1);
    await Promise.all([first, second]);
    expect(await getMeta(db, META.checkpoint)).toBe(2);
    expect((await db.organisations.get('o-1'))?.name).toBe('Första');
    expect((await db.organisations.get('o-2'))?.name).toBe('Andra');
  });

  it('refuses a page whose earlier page was lost: nothing of it is stored, the checkpoint stays', async () => {
    const db = await device();
    await storePage(db, await preparePage(db, [org('o-1', 'Första', 1)], 1), 0);
    // The page for versions 2..5 never committed; the next one expects checkpoint 5.
    const late = storePage(db, await preparePage(db, [org('o-9', 'Sent', 9)], 9), 5);
    await expect(late).rejects.toBeInstanceOf(PullOrderError);
    expect(await getMeta(db, META.checkpoint)).toBe(1);
    expect(await db.organisations.get('o-9')).toBeUndefined();
  });

  it('keeps a pending local change on top of the server state it stores', async () => {
    const db = await device();
    await storePage(db, await preparePage(db, [org('o-1', 'Serverns namn', 1)], 1), 0);
    await writeRecord(db, 'organisations', 'o-1', { note: 'Ringt i dag' });
    const newer = { ...org('o-1', 'Nytt namn från kontoret', 2) };
    await storePage(db, await preparePage(db, [newer, org('o-2', 'Annan', 3)], 3), 1);
    const row = await db.organisations.get('o-1');
    expect(row?.name).toBe('Nytt namn från kontoret');
    expect(row?.note).toBe('Ringt i dag');
    expect(row?.version).toBe(2);
    expect((await db.organisations.get('o-2'))?.note).toBe('');
  });
});
