import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { HistoryResponse } from '../../src/shared/sync/history-protocol';
import type { PairedDevice, TestServer } from './helpers';
import { mutation, pairDevice, pull, push, removeDir, serverSql, startTestServer } from './helpers';
import { logEntryFields } from '../fixtures/log-entry';

const NAME = 'Karin Mattsson';

function logEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...logEntryFields({
      updatedAt: '2025-03-01T10:00:00.000Z',
      date: '2025-03-01T09:00',
      meetingForm: 'fysiskt',
    }),
    ...overrides,
  };
}

const redact = (server: TestServer, device: PairedDevice, body: Record<string, unknown>) =>
  server.app.inject({
    method: 'POST',
    url: '/api/v1/redactions',
    headers: device.auth,
    payload: body,
  });

/** Every text column of every row the server holds that could carry record text. */
async function everything(server: TestServer): Promise<string> {
  const records = await serverSql(server, 'SELECT CAST(data AS TEXT) AS t FROM records');
  const audit = await serverSql(
    server,
    'SELECT CAST(old_value AS TEXT) AS o, CAST(new_value AS TEXT) AS n FROM audit',
  );
  return JSON.stringify([records, audit]);
}

describe('redaction', () => {
  let server: TestServer;
  let a: PairedDevice;
  let b: PairedDevice;
  const id = newId();
  beforeEach(async () => {
    server = await startTestServer();
    a = await pairDevice(server, 'field', undefined, 'Telefon A');
    b = await pairDevice(server, 'office', undefined, 'Kontoret');
    // A writes a name into the summary and a follow-up; B, not having seen it, edits the summary
    // too (a conflict whose overwritten value holds the name); A edits again.
    await push(
      server,
      a,
      [
        mutation(
          1,
          logEntry({
            summary: `Träffade ${NAME} i lokalen.`,
            followUps: [{ id: newId(), text: `Ring ${NAME}`, due: null, done: false }],
          }),
          { id, table: 'logEntries' },
        ),
      ],
      'Anna',
    );
    await push(server, b, [
      mutation(1, { summary: `Möte (${NAME} deltog).` }, { id, table: 'logEntries' }),
    ]);
    server.clock.now += 1000;
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  it('rewrites the record, its history and its conflicts, and audits itself without the text', async () => {
    expect(await everything(server)).toContain(NAME);
    const before = (await pull(server, a)).json().checkpoint as number;
    const historyBefore = (
      await server.app.inject({ method: 'GET', url: '/api/v1/history', headers: a.auth })
    ).json<HistoryResponse>().checkpoint;

    const summary = await redact(server, b, {
      table: 'logEntries',
      recordId: id,
      field: 'summary',
      text: ` ${NAME} `,
      actor: 'Bo',
    });
    expect(summary.statusCode).toBe(200);
    expect(summary.json().replaced).toBe(5); // record, 2 audit values (the create row has none), 2 conflict values
    const followUps = await redact(server, a, {
      table: 'logEntries',
      recordId: id,
      field: 'followUps',
      text: NAME,
    });
    expect(followUps.statusCode).toBe(200);
    expect(await everything(server)).not.toContain(NAME);
    expect(await everything(server)).toContain('[borttaget]');

    // Devices pull the new values: the record and the conflict come again, and so do the
    // rewritten history rows, plus one redaction row per redaction without any text.
    const changes = (await pull(server, a, before)).json().changes as Array<{
      table: string;
      data: Record<string, unknown>;
    }>;
    const entry = changes.find((c) => c.table === 'logEntries')!;
    expect(entry.data.summary).toBe('Möte ([borttaget] deltog).');
    expect(JSON.stringify(entry.data.followUps)).toContain('Ring [borttaget]');
    expect(changes.some((c) => c.table === 'conflicts')).toBe(true);
    const page = (
      await server.app.inject({
        method: 'GET',
        url: `/api/v1/history?since=${historyBefore}`,
        headers: a.auth,
      })
    ).json<HistoryResponse>();
    expect(JSON.stringify(page.entries)).not.toContain(NAME);
    const redactions = page.entries.filter((e) => e.kind === 'redaction');
    expect(redactions.map((e) => [e.field, e.actor, e.deviceName])).toEqual([
      ['summary', 'Bo', 'Kontoret'],
      ['followUps', null, 'Telefon A'],
    ]);
    expect(redactions.every((e) => e.oldValue === null && e.newValue === null)).toBe(true);
    // The rewritten change rows come again, with the mark in place of the name.
    const rewritten = page.entries.filter((e) => e.kind === 'change' && e.field === 'summary');
    expect(rewritten.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(rewritten)).toContain('[borttaget]');
    // The redaction row is append-only like the others.
    await expect(serverSql(server, "DELETE FROM audit WHERE kind = 'redaction'")).rejects.toThrow(
      /append-only/,
    );
  });

  it('refuses bad input with a Swedish 4xx JSON answer and changes nothing', async () => {
    const snapshot = async () =>
      JSON.stringify([
        await everything(server),
        await serverSql(server, 'SELECT version_counter FROM workspaces'),
        await serverSql(server, 'SELECT COUNT(*) AS n FROM audit'),
      ]);
    const initial = await snapshot();
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [
        { table: 'logEntries', recordId: id, field: 'summary', text: 'Olle Svensson' },
        422,
        'text_not_found',
      ],
      [{ table: 'logEntries', recordId: id, field: 'summary', text: ' K ' }, 400, 'too_short'],
      [{ table: 'people', recordId: id, field: 'summary', text: NAME }, 400, 'unknown_table'],
      [{ table: 'logEntries', recordId: id, field: 'secret', text: NAME }, 400, 'unknown_field'],
      [
        { table: 'logEntries', recordId: newId(), field: 'summary', text: NAME },
        404,
        'unknown_record',
      ],
      [{ table: 'logEntries', recordId: id, field: 'id', text: NAME }, 400, 'reserved_field'],
      [
        { table: 'logEntries', recordId: id, field: 'updatedAt', text: '2025' },
        400,
        'reserved_field',
      ],
      [{ table: 'logEntries', recordId: id, field: 'kind', text: 'dialog' }, 422, 'invalid_result'],
      [{ table: 'logEntries', recordId: id }, 400, 'invalid'],
    ];
    for (const [body, status, error] of cases) {
      const res = await redact(server, a, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error).toBe(error);
      expect(res.json().message).toMatch(/[a-zåäö]/);
    }
    const anonymous = await server.app.inject({
      method: 'POST',
      url: '/api/v1/redactions',
      payload: { table: 'logEntries', recordId: id, field: 'summary', text: NAME },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await snapshot()).toBe(initial);
  });
});
