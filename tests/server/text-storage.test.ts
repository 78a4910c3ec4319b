import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { PairedDevice, TestServer } from './helpers';
import {
  contactFields,
  mutation,
  pairDevice,
  pull,
  push,
  removeDir,
  serverSql,
  startTestServer,
} from './helpers';

/** Strings SQLite stores as they come but PostgreSQL's text and jsonb types refuse. */
const NUL = '\u0000';
const AWKWARD = `a${NUL}b \ud800 \udfff 😀 ö "quoted" \\ back`;

describe('stored text, on either store', () => {
  let server: TestServer;
  let device: PairedDevice;
  beforeEach(async () => {
    server = await startTestServer();
    device = await pairDevice(server, 'office');
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  it('gives back exactly the field values a device pushed: U+0000, lone surrogates, emoji', async () => {
    const id = newId();
    const create = mutation(1, contactFields({ note: AWKWARD, name: NUL }), { id });
    const res = await push(server, device, [create], `Anna${NUL}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().results[0]).toMatchObject({ status: 'applied' });
    const edit = mutation(2, { note: `${AWKWARD}!` }, { id, baseVersion: 1 });
    expect((await push(server, device, [edit])).json().results[0]).toMatchObject({
      status: 'applied',
    });
    const [change] = (await pull(server, device)).json().changes;
    expect(change.data).toMatchObject({ note: `${AWKWARD}!`, name: NUL });
    const audit = await serverSql(
      server,
      "SELECT CAST(old_value AS TEXT) AS o, CAST(new_value AS TEXT) AS v FROM audit WHERE field = 'note' ORDER BY id",
    );
    expect(
      audit.map((row) => [JSON.parse(row.o as string), JSON.parse(row.v as string)] as unknown),
    ).toEqual([[AWKWARD, `${AWKWARD}!`]]);
  });

  it('answers names and ids holding U+0000 without a server error', async () => {
    const named = await pairDevice(server, 'field', undefined, `Telefon${NUL}`);
    const rename = await server.app.inject({
      method: 'PATCH',
      url: `/api/v1/devices/${named.deviceId}`,
      headers: device.auth,
      payload: { name: `Fält${NUL}telefon` },
    });
    expect(rename.statusCode).toBe(200);
    expect(rename.json().device.name).toMatch(/^Fält.telefon$/);
    const missing = await server.app.inject({
      method: 'POST',
      url: `/api/v1/devices/x${encodeURIComponent(NUL)}/revoke`,
      headers: device.auth,
    });
    expect(missing.statusCode).toBe(404);
    const res = await push(server, device, [mutation(1, contactFields(), { id: `id${NUL}` })]);
    expect(res.statusCode).toBe(200);
    expect(res.json().results[0]).toMatchObject({ status: 'applied' });
    expect((await pull(server, device)).json().changes).toHaveLength(1);
  });

  it('stores text that looks like SQL as the text it is, in ids, values and names', async () => {
    // The PostgreSQL push sends its statements as literals (pg-literal.ts), so quotes,
    // backslashes and statement separators must come back exactly and run nothing.
    const hostile = `x'); DELETE FROM records; -- \\' E'\\'' $$ $v$'); COMMIT; --`;
    const first = newId();
    const before = await push(server, device, [mutation(1, contactFields(), { id: first })]);
    expect(before.json().results[0]).toMatchObject({ status: 'applied' });
    const create = mutation(2, contactFields({ note: hostile, name: `O'Brien\\` }), {
      id: hostile,
    });
    const res = await push(server, device, [create], hostile);
    expect(res.statusCode).toBe(200);
    expect(res.json().results[0]).toMatchObject({ status: 'applied' });
    const edit = mutation(3, { note: `${hostile}!` }, { id: hostile, baseVersion: 2 });
    expect((await push(server, device, [edit])).json().results[0]).toMatchObject({
      status: 'applied',
    });
    const changes = (await pull(server, device)).json().changes as Array<{
      id: string;
      data: Record<string, unknown>;
    }>;
    expect(changes.map((c) => c.id).sort()).toEqual([first, hostile].sort());
    expect(changes.find((c) => c.id === hostile)?.data).toMatchObject({
      note: `${hostile}!`,
      name: `O'Brien\\`,
    });
    const audit = await serverSql(
      server,
      "SELECT actor, record_id, CAST(new_value AS TEXT) AS v FROM audit WHERE field = 'note' ORDER BY id",
    );
    expect(audit).toEqual([{ actor: null, record_id: hostile, v: JSON.stringify(`${hostile}!`) }]);
    const creates = await serverSql(
      server,
      "SELECT actor FROM audit WHERE record_id = ? AND kind = 'create'",
      hostile,
    );
    expect(creates).toEqual([{ actor: hostile }]);
  });
});
