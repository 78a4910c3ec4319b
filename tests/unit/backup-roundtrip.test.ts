import { afterEach, describe, expect, it } from 'vitest';
import { META, VarnaDB, getMeta } from '../../src/db';
import { backupFileText, createBackup } from '../../src/features/backup/create-backup';
import { restoreBackup } from '../../src/features/backup/restore-backup';
import { readBackupText, backupFileSchema } from '../../src/shared/backup';
import { SYNCED_TABLES } from '../../src/shared/schemas';
import { populatedDb, tablesOf } from './backup-fixture';

const open: VarnaDB[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function read(text: string, passphrase?: string) {
  const result = await readBackupText(text, passphrase);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}

describe('backup and restore', () => {
  it('backup → wipe → restore gives identical data in every synced table and the drafts', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const db = await populatedDb(name);
    const before = await tablesOf(db);
    const pendingBefore = await db.outbox.orderBy('seq').toArray();
    const oldDeviceId = await getMeta<string>(db, META.deviceId);
    const text = await backupFileText(await createBackup(db));
    expect(backupFileSchema.safeParse(JSON.parse(text)).success).toBe(true);

    await db.delete(); // the device is wiped
    const fresh = new VarnaDB(name);
    open.push(fresh);
    expect(await fresh.logEntries.count()).toBe(0);

    const outcome = await restoreBackup(fresh, await read(text));
    const after = await tablesOf(fresh);
    for (const table of [...SYNCED_TABLES, 'drafts']) {
      expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    }
    // The unsynced changes are queued again, numbered from 1, under a new device id.
    const outbox = await fresh.outbox.orderBy('seq').toArray();
    expect(outcome.queued).toBe(pendingBefore.length);
    expect(outbox.map((e) => e.seq)).toEqual(pendingBefore.map((_, i) => i + 1));
    expect(outbox.map(({ seq: _s, ...e }) => e)).toEqual(
      pendingBefore.map(({ seq: _s, ...e }) => e),
    );
    const newDeviceId = await getMeta<string>(fresh, META.deviceId);
    expect(newDeviceId).toBeTruthy();
    expect(newDeviceId).not.toBe(oldDeviceId);
    expect(await getMeta<number>(fresh, META.nextSeq)).toBe(outbox.length + 1);
    expect(await getMeta<number>(fresh, META.checkpoint)).toBe(0);
  });

  it('restores over existing data, replacing it entirely', async () => {
    const source = await populatedDb();
    open.push(source);
    const text = await backupFileText(await createBackup(source));
    const target = await populatedDb();
    open.push(target);
    await target.organisations.put({
      ...(await target.organisations.get('o-synced'))!,
      id: 'o-extra',
    });
    await restoreBackup(target, await read(text));
    expect(await tablesOf(target)).toEqual(await tablesOf(source));
    expect(await target.organisations.get('o-extra')).toBeUndefined();
  });

  it('queues a record never seen back from the server, but not default data or pulled records', async () => {
    const source = await populatedDb();
    open.push(source);
    const backup = await createBackup(source);
    // Pushed and acknowledged, not yet pulled: version 0 and no outbox entry.
    backup.outbox = backup.outbox.filter((e) => e.recordId !== 'o-local');
    const target = new VarnaDB(`t-${crypto.randomUUID()}`);
    open.push(target);
    await restoreBackup(target, await read(JSON.stringify(backup)));
    const queued = await target.outbox.orderBy('seq').toArray();
    expect(queued[0]).toMatchObject({
      table: 'organisations',
      recordId: 'o-local',
      baseVersion: 0,
      before: null,
    });
    expect(queued[0]!.fields).toMatchObject({ name: 'Ängets förening', deleted: false });
    expect(queued[0]!.fields).not.toHaveProperty('version');
    const queuedIds = new Set(queued.map((e) => e.recordId));
    expect(queuedIds.has('e-synced')).toBe(false);
    expect(queued.filter((e) => e.table === 'activities')).toEqual([]);
  });
});
