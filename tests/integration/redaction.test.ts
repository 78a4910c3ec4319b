import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDraft, saveDraft, writeRecord } from '../../src/db';
import { sqlitePath } from '../../src/server/config';
import { newId } from '../../src/shared/ids';
import { redactPersonalDetail } from '../../src/sync';
import { TEST_STORE, dbOf, removeDir, serverSql } from '../server/helpers';
import { NAME, deviceText, dialog, personDevice } from './redaction-support';
import { newDevice, startLiveServer, type Device, type LiveServer } from './support';

let server: LiveServer;
const devices: Device[] = [];

beforeEach(async () => {
  server = await startLiveServer();
});
afterEach(async () => {
  for (const device of devices.splice(0)) {
    device.engine.stop();
    await device.db.delete();
  }
  await server.close();
  removeDir(server.dir);
});

const device = (role: 'office' | 'field', person: string) =>
  personDevice(server, devices, role, person);

/** Every row of every table of the server's database, read through its own connection. */
async function serverText(): Promise<string> {
  const tables =
    TEST_STORE === 'postgres'
      ? await serverSql(
          server,
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'",
        )
      : await serverSql(server, "SELECT name FROM sqlite_master WHERE type = 'table'");
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await serverSql(
      server,
      TEST_STORE === 'postgres'
        ? `SELECT CAST(t AS TEXT) AS row FROM "${String(name)}" t`
        : `SELECT * FROM "${String(name)}"`,
    );
    parts.push(JSON.stringify(rows));
  }
  return parts.join('\n');
}

describe('redacting a personal detail', () => {
  it('leaves the text nowhere: not on either device, not in any table of the server', async () => {
    const a = await device('field', 'Anna Andersson');
    const b = await device('office', 'Bo Berg');
    const id = newId();
    await writeRecord(a.db, 'logEntries', id, dialog(`Samtal med ${NAME} om lokalen.`));
    expect(await a.engine.syncNow()).toMatchObject({ ok: true, pushed: 1 });
    // A later edit keeps the name: it is in the old and the new value of the history.
    await writeRecord(a.db, 'logEntries', id, {
      summary: `Samtal med ${NAME} om lokalen och hyran.`,
    });
    await saveDraft(a.db, `dialog-edit-${id}`, {
      form: { summary: `Samtal med ${NAME} om lokalen, hyran och nyckeln.` },
    });
    expect((await a.engine.syncNow()).ok).toBe(true);
    expect((await b.engine.syncNow()).ok).toBe(true);

    // B has the entry and its history, with who and which device.
    expect((await b.db.logEntries.get(id))?.summary).toContain(NAME);
    const bHistory = await b.db.history
      .where('[table+recordId]')
      .equals(['logEntries', id])
      .toArray();
    expect(bHistory.find((h) => h.kind === 'create' && h.version === 1)).toMatchObject({
      actor: 'Anna Andersson',
      deviceName: 'Enhet field',
      oldValue: null,
      newValue: null,
    });
    expect(bHistory.find((h) => h.field === 'summary' && h.kind === 'change')).toMatchObject({
      actor: 'Anna Andersson',
      newValue: `Samtal med ${NAME} om lokalen och hyran.`,
    });
    expect(await deviceText(b)).toContain(NAME);
    expect(await serverText()).toContain(NAME);

    const result = await redactPersonalDetail(
      a.db,
      a.engine,
      { table: 'logEntries', recordId: id, field: 'summary', text: NAME },
      a.transport,
    );
    expect(result).toMatchObject({ synced: true });
    expect((await b.engine.syncNow()).ok).toBe(true);

    for (const d of [a, b]) {
      expect((await d.db.logEntries.get(id))?.summary).toBe(
        'Samtal med [borttaget] om lokalen och hyran.',
      );
      expect(await deviceText(d)).not.toContain(NAME);
      const history = await d.db.history
        .where('[table+recordId]')
        .equals(['logEntries', id])
        .toArray();
      expect(history.filter((h) => h.kind === 'redaction')).toEqual([
        expect.objectContaining({
          field: 'summary',
          actor: 'Anna Andersson',
          deviceName: 'Enhet field',
          oldValue: null,
          newValue: null,
        }),
      ]);
    }
    expect(await loadDraft(a.db, `dialog-edit-${id}`)).toEqual({
      form: { summary: 'Samtal med [borttaget] om lokalen, hyran och nyckeln.' },
    });
    expect(await serverText()).not.toContain(NAME);

    if (TEST_STORE === 'sqlite') {
      // The file itself: rebuilt and checkpointed after the redaction, so no freed page or WAL
      // frame still holds the text.
      dbOf(server.store).pragma('wal_checkpoint(TRUNCATE)');
      const file = sqlitePath({ dataDir: server.dir });
      for (const path of [file, `${file}-wal`]) {
        if (!existsSync(path)) continue;
        expect(readFileSync(path).includes(Buffer.from(NAME, 'utf8')), path).toBe(false);
      }
    }
  });

  it('says in Swedish that it needs a paired device, and changes nothing', async () => {
    const d = await newDevice();
    devices.push(d);
    const id = newId();
    await writeRecord(d.db, 'logEntries', id, dialog(`Samtal med ${NAME}.`));
    await expect(
      redactPersonalDetail(
        d.db,
        d.engine,
        { table: 'logEntries', recordId: id, field: 'summary', text: NAME },
        d.transport,
      ),
    ).rejects.toThrow(/parkopplad/);
    expect((await d.db.logEntries.get(id))?.summary).toContain(NAME);
  });
});
