import { expect } from 'vitest';
import type { VarnaDB } from '../../../src/db';
import { defaultRecords } from '../../../src/shared/seed';
import { SYNCED_TABLES } from '../../../src/shared/schemas';
import {
  API_PREFIX,
  type PairResponse,
  type PullResponse,
} from '../../../src/shared/sync/protocol';
import { issuePairingCode } from '../../../src/server/pairing';
import type { ServerHolder } from './server-holder';

export type Tables = Record<string, Record<string, Record<string, unknown>>>;

/** Every synced table of a device, keyed by record id. */
export async function deviceTables(db: VarnaDB): Promise<Tables> {
  const out: Tables = {};
  for (const table of SYNCED_TABLES) {
    out[table] = {};
    for (const row of (await db.table(table).toArray()) as Array<{ id: string }>) {
      out[table][row.id] = row;
    }
  }
  return out;
}

/**
 * What the endpoint holds, as a device would store it: the default records, overlaid with
 * everything a fresh device pulls from checkpoint 0 (asked directly, without faults).
 */
export async function serverTables(holder: ServerHolder): Promise<Tables> {
  const out: Tables = Object.fromEntries(SYNCED_TABLES.map((t) => [t, {}]));
  for (const { table, record } of defaultRecords()) out[table]![record.id] = { ...record };
  const { app, store, now } = holder.current;
  const workspace = await store.defaultWorkspace();
  const { code } = await issuePairingCode(store, workspace.id, 'field', now);
  const paired = await app.inject({ method: 'POST', url: `${API_PREFIX}/pair`, payload: { code } });
  const { token } = paired.json<PairResponse>();
  let since = 0;
  for (;;) {
    const res = await app.inject({
      method: 'GET',
      url: `${API_PREFIX}/pull?since=${since}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    const page = res.json<PullResponse>();
    for (const change of page.changes) {
      out[change.table]![change.id] = { ...change.data, id: change.id, version: change.version };
    }
    since = page.checkpoint;
    if (!page.more) return out;
  }
}
