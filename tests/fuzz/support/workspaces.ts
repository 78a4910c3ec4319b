import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app';
import { loadConfig, sqlitePath } from '../../../src/server/config';
import { issuePairingCode } from '../../../src/server/pairing';
import { SqliteStore } from '../../../src/server/store/sqlite-store';
import { newId } from '../../../src/shared/ids';
import { DEFAULT_AREAS, DEFAULT_CONTACTS } from '../../../src/shared/seed';
import type { PairResponse, PushResponse } from '../../../src/shared/sync/protocol';

export const NOW = Date.parse('2025-03-01T10:00:00Z');

/**
 * Two workspaces on one endpoint: the victim's, with records, devices and a revoked device, and
 * the attacker's, whose office and field devices send the fuzzed requests. Codes: one valid, one
 * used, one expired.
 */
export interface FuzzWorld {
  dir: string;
  app: FastifyInstance;
  store: SqliteStore;
  victimWorkspace: string;
  attackerWorkspace: string;
  victimRecordIds: string[];
  victimDeviceIds: string[];
  attackerDeviceIds: string[];
  tokens: { attackerOffice: string; attackerField: string; victimRevoked: string };
  codes: { valid: string; used: string; expired: string };
  /** A second, read-only connection to the same SQLite file, for checksums. */
  reader: Database.Database;
  fingerprint?: Database.Statement;
  close(): Promise<void>;
}

async function pair(app: FastifyInstance, code: string): Promise<PairResponse> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/pair', payload: { code } });
  if (res.statusCode !== 200) throw new Error(`pairing failed: ${res.body}`);
  return res.json<PairResponse>();
}

const organisation = (name: string) => ({
  name,
  kind: 'trossamfund',
  wishesDialog: 'ja',
  firstContact: null,
  note: 'Kontakt via växeln',
  mergedInto: null,
  deleted: false,
  updatedAt: '2025-02-01T09:00:00.000Z',
});

export async function createFuzzWorld(): Promise<FuzzWorld> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'varna-fuzz-'));
  const config = loadConfig({
    DATA_DIR: dir,
    STATIC_DIR: path.join(dir, 'no-dist'),
    PUBLIC_URL: 'https://varna.example',
    // Rate limits would answer most requests 429 before they reach validation.
    RATE_LIMIT_PAIRING: '1000000',
    RATE_LIMIT_PER_DEVICE: '1000000',
  });
  const now = () => NOW;
  const store = SqliteStore.open(sqlitePath(config), { now });
  const app = await buildApp({ store, config, now });
  const victim = await store.defaultWorkspace();
  const attacker = await store.createWorkspace('Angriparens kommun', NOW);
  const code = async (ws: string, role: 'office' | 'field', at = NOW) =>
    (await issuePairingCode(store, ws, role, at)).code;

  const victimOffice = await pair(app, await code(victim.id, 'office'));
  const victimRevoked = await pair(app, await code(victim.id, 'field'));
  const victimRecordIds = [newId(), newId(), newId()];
  const push = await app.inject({
    method: 'POST',
    url: '/api/v1/push',
    headers: { authorization: `Bearer ${victimOffice.token}` },
    payload: {
      mutations: [
        ...victimRecordIds.map((id, i) => ({
          seq: i + 1,
          table: 'organisations',
          id,
          fields: organisation(`Förening ${i}`),
          baseVersion: 0,
          v: 1,
        })),
        {
          seq: 4,
          table: 'areas',
          id: DEFAULT_AREAS[0]!.id,
          fields: { title: 'Styrgruppen' },
          baseVersion: 0,
          v: 1,
        },
      ],
    },
  });
  if (push.json<PushResponse>().results.some((r) => r.status !== 'applied')) {
    throw new Error(`victim setup failed: ${push.body}`);
  }
  await store.revokeDevice(victimRevoked.deviceId, false, NOW);

  const attackerOffice = await pair(app, await code(attacker.id, 'office'));
  const attackerField = await pair(app, await code(attacker.id, 'field'));
  // Revoking is fuzzed on this one, so the field device that sends requests stays paired.
  const attackerSpare = await pair(app, await code(attacker.id, 'field'));
  const used = await code(attacker.id, 'field');
  await pair(app, used);

  const reader = new Database(sqlitePath(config), { readonly: true });
  return {
    dir,
    app,
    store,
    reader,
    victimWorkspace: victim.id,
    attackerWorkspace: attacker.id,
    victimRecordIds: [...victimRecordIds, DEFAULT_AREAS[0]!.id, DEFAULT_CONTACTS[0]!.id],
    victimDeviceIds: [victimOffice.deviceId, victimRevoked.deviceId],
    attackerDeviceIds: [attackerSpare.deviceId],
    tokens: {
      attackerOffice: attackerOffice.token,
      attackerField: attackerField.token,
      victimRevoked: victimRevoked.token,
    },
    codes: {
      valid: await code(attacker.id, 'field'),
      used,
      expired: await code(attacker.id, 'field', NOW - 16 * 60_000),
    },
    async close() {
      reader.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const VICTIM_QUERIES = {
  records:
    'SELECT tbl, id, data, field_versions, version FROM records WHERE workspace_id = ? ORDER BY tbl, id',
  audit:
    'SELECT tbl, record_id, version, device_id, field, old_value, new_value FROM audit WHERE workspace_id = ? ORDER BY id',
  devices:
    'SELECT id, name, role, token_hash, last_seq, revoked_at, revoked_lost FROM devices WHERE workspace_id = ? ORDER BY id',
  workspace: 'SELECT name, version_counter, seed_revision FROM workspaces WHERE id = ?',
};

/**
 * A checksum of everything the victim workspace stores: its records, audit trail, devices and
 * counters, read through a second connection to the same SQLite file.
 */
export function victimChecksum(world: FuzzWorld): string {
  const parts = Object.values(VICTIM_QUERIES).map((sql) =>
    world.reader.prepare(sql).all(world.victimWorkspace),
  );
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * A cheap fingerprint checked after every request: any write to the victim's records takes a
 * version, and device changes show in the sums. The full checksum runs every few hundred requests.
 */
export function victimFingerprint(world: FuzzWorld): string {
  world.fingerprint ??= world.reader.prepare(
    `SELECT w.version_counter AS v,
       (SELECT COUNT(*) FROM records r WHERE r.workspace_id = w.id) AS records,
       (SELECT COUNT(*) FROM audit a WHERE a.workspace_id = w.id) AS audit,
       (SELECT TOTAL(last_seq) + TOTAL(revoked_at) + COUNT(*) FROM devices d WHERE d.workspace_id = w.id) AS devices
     FROM workspaces w WHERE w.id = ?`,
  );
  return JSON.stringify(world.fingerprint.get(world.victimWorkspace));
}

/** Rows the attacker's workspace holds under ids of the victim's records (allowed: its own copies). */
export function attackerCopies(world: FuzzWorld): number {
  const db = world.reader;
  {
    const marks = world.victimRecordIds.map(() => '?').join(',');
    const row = db
      .prepare(`SELECT COUNT(*) AS n FROM records WHERE workspace_id = ? AND id IN (${marks})`)
      .get(world.attackerWorkspace, ...world.victimRecordIds) as { n: number };
    return row.n;
  }
}
