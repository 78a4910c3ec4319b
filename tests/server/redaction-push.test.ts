import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { PushResponse, PullResponse } from '../../src/shared/sync/protocol';
import { REDACTION_MESSAGES } from '../../src/server/sync/redact';
import { logEntryFields } from '../fixtures/log-entry';
import type { PairedDevice, TestServer } from './helpers';
import { mutation, pairDevice, pull, push, removeDir, serverSql, startTestServer } from './helpers';

/**
 * A device that was offline during a redaction still has the old text: a change it made on an
 * older version must not bring the text back, neither as the value nor in a conflict record.
 */
const NAME = 'Karin Mattsson';
const OLD = `Träffade ${NAME} i lokalen.`;
const REDACTED = 'Träffade [borttaget] i lokalen.';

describe('a push after a redaction', () => {
  let server: TestServer;
  let field: PairedDevice;
  let office: PairedDevice;
  const id = newId();
  let fieldSeq = 1;
  /** The record's version when the field device last had it (before the redaction). */
  let seen = 0;
  /** The redaction's version. */
  let redactedAt = 0;

  const edit = (fields: Record<string, unknown>, baseVersion: number, seq = ++fieldSeq) =>
    mutation(
      seq,
      { ...fields, updatedAt: '2025-03-02T10:00:00.000Z' },
      {
        id,
        table: 'logEntries',
        baseVersion,
      },
    );
  const pushField = async (...mutations: unknown[]) => {
    const res = await push(server, field, mutations, 'Anna');
    expect(res.statusCode).toBe(200);
    return res.json<PushResponse>().results;
  };
  const record = async () => {
    const changes = (await pull(server, office)).json<PullResponse>().changes;
    return changes.find((c) => c.id === id)!;
  };
  const conflicts = () => serverSql(server, "SELECT id FROM records WHERE tbl = 'conflicts'");
  const everything = async () =>
    JSON.stringify([
      await serverSql(server, 'SELECT CAST(data AS TEXT) AS t FROM records'),
      await serverSql(
        server,
        'SELECT CAST(old_value AS TEXT) AS o, CAST(new_value AS TEXT) AS n FROM audit',
      ),
    ]);
  const redact = async (text: string, recordId = id) => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/redactions',
      headers: office.auth,
      payload: { table: 'logEntries', recordId, field: 'summary', text },
    });
    expect(res.statusCode).toBe(200);
    return res.json<{ version: number }>().version;
  };

  beforeEach(async () => {
    server = await startTestServer();
    field = await pairDevice(server, 'field', undefined, 'Telefon');
    office = await pairDevice(server, 'office', undefined, 'Kontoret');
    fieldSeq = 1;
    const created = await pushField(
      mutation(
        1,
        logEntryFields({ date: '2025-03-01T09:00', meetingForm: 'fysiskt', summary: OLD }),
        { id, table: 'logEntries' },
      ),
    );
    seen = (created[0] as { version: number }).version;
    redactedAt = await redact(NAME);
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  it('refuses a change of the redacted field made on an older version, and keeps nothing of it', async () => {
    const counter = await serverSql(server, 'SELECT version_counter AS v FROM workspaces');
    const audit = await serverSql(server, 'SELECT COUNT(*) AS n FROM audit');
    const results = await pushField(edit({ summary: `${OLD} Och hyran.` }, seen));
    expect(results).toEqual([
      {
        seq: 2,
        status: 'rejected',
        reason: REDACTION_MESSAGES.redactedSinceBase,
        // The stored values of what it set, to undo the change to.
        current: { summary: REDACTED, updatedAt: '2026-01-01T00:00:00.000Z' },
      },
    ]);
    expect(REDACTION_MESSAGES.redactedSinceBase).toMatch(/personuppgift/);
    expect((await record()).data.summary).toBe(REDACTED);
    expect(await conflicts()).toEqual([]);
    expect(await everything()).not.toContain(NAME);
    // Refused and done: nothing written but the device's last sequence number.
    expect(await serverSql(server, 'SELECT version_counter AS v FROM workspaces')).toEqual(counter);
    expect(await serverSql(server, 'SELECT COUNT(*) AS n FROM audit')).toEqual(audit);
    expect(await pushField(edit({ summary: 'x' }, redactedAt, 2))).toEqual([
      { seq: 2, status: 'duplicate' },
    ]);
  });

  it('applies a change made after the device had the redacted value', async () => {
    const [result] = await pushField(edit({ summary: `${REDACTED} Och hyran.` }, redactedAt));
    expect(result).toMatchObject({ status: 'applied' });
    expect((await record()).data.summary).toBe(`${REDACTED} Och hyran.`);
    expect(await conflicts()).toEqual([]);
  });

  it('applies a change of other fields, or one that leaves the redacted value as it is', async () => {
    const results = await pushField(
      edit({ topics: ['Lokaler'] }, seen),
      edit({ topics: ['Lokaler', 'Hyra'], summary: REDACTED }, seen),
    );
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const data = (await record()).data;
    expect(data).toMatchObject({ summary: REDACTED, topics: ['Lokaler', 'Hyra'] });
    expect(await conflicts()).toEqual([]);
  });

  it('refuses a change of the same device in the same push that followed a refused one', async () => {
    // The second change has a newer base (the device pulled in between) but was made on top of
    // the first, still pending, so it carries the old text too. A change of another field is
    // applied.
    const results = await pushField(
      edit({ summary: `${OLD} Och hyran.` }, seen),
      edit({ summary: `${OLD} Och hyran och nyckeln.` }, redactedAt),
      edit({ topics: ['Lokaler'] }, redactedAt),
    );
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
    expect(await everything()).not.toContain(NAME);
    // A later push of the device, after it heard of the refusal, is applied as usual.
    const [later] = await pushField(edit({ summary: `${REDACTED} Nytt.` }, redactedAt));
    expect(later).toMatchObject({ status: 'applied' });
  });

  it('still refuses the stale change after others have changed the field since', async () => {
    const [officeEdit] = (
      await push(server, office, [
        mutation(
          1,
          { summary: `${REDACTED} Kontoret.` },
          {
            id,
            table: 'logEntries',
            baseVersion: redactedAt,
          },
        ),
      ])
    ).json<PushResponse>().results;
    expect(officeEdit).toMatchObject({ status: 'applied' });
    const [stale] = await pushField(edit({ summary: `${OLD} Och hyran.` }, seen));
    expect(stale).toMatchObject({
      status: 'rejected',
      current: { summary: `${REDACTED} Kontoret.` },
    });
    expect(await conflicts()).toEqual([]);
    expect(await everything()).not.toContain(NAME);
  });

  it('a redaction of the history alone refuses changes made before the text left the value', async () => {
    // The summary was rewritten without the name, but an older version still had it: a device
    // that had only that version is refused, one that had the rewritten value is not.
    const other = newId();
    const created = await pushField(
      mutation(
        ++fieldSeq,
        logEntryFields({
          date: '2025-03-01T09:00',
          meetingForm: 'fysiskt',
          summary: `Med Per Olsson.`,
        }),
        { id: other, table: 'logEntries' },
      ),
    );
    const first = (created[0] as { version: number }).version;
    const rewrite = await push(server, office, [
      mutation(
        1,
        { summary: 'Med föreningen.' },
        { id: other, table: 'logEntries', baseVersion: first },
      ),
    ]);
    const rewritten = (rewrite.json<PushResponse>().results[0] as { version: number }).version;
    await redact('Per Olsson', other);
    const stale = mutation(
      ++fieldSeq,
      { summary: 'Med Per Olsson och kören.' },
      {
        id: other,
        table: 'logEntries',
        baseVersion: first,
      },
    );
    const fresh = mutation(
      ++fieldSeq,
      { summary: 'Med föreningen och kören.' },
      {
        id: other,
        table: 'logEntries',
        baseVersion: rewritten,
      },
    );
    // Separate pushes: in one, the second would follow a refused change of the field.
    expect(await pushField(stale)).toMatchObject([{ status: 'rejected' }]);
    expect(await pushField(fresh)).toMatchObject([{ status: 'applied' }]);
    expect(await everything()).not.toContain('Per Olsson');
  });
});
