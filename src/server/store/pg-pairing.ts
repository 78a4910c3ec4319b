import type { DeviceRow, Queryable, WorkspaceRow } from './pg-rows';
import { DEVICE_COLUMNS, WORKSPACE_COLUMNS, queryRows, toDevice, toWorkspace } from './pg-rows';
import type { NewDevice, NewPairingCode, RedeemOutcome } from './types';

/** Pairing codes on PostgreSQL: stored as hashes, used once. */

export async function savePgPairingCode(db: Queryable, code: NewPairingCode): Promise<void> {
  await queryRows(
    db,
    `INSERT INTO pairing_codes (code_hash, workspace_id, role, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [code.codeHash, code.workspaceId, code.role, code.expiresAt, code.createdAt],
  );
}

/** Uses a code and creates the device; runs inside the caller's transaction. */
export async function redeemPgPairingCode(
  db: Queryable,
  codeHash: string,
  device: NewDevice,
  at: number,
): Promise<RedeemOutcome> {
  // One statement marks the code used only if it is still usable: of two concurrent redeems (in
  // any processes), the second waits for the first's row lock, then finds the code used.
  const [code] = await queryRows<{ workspace_id: string; role: 'office' | 'field' }>(
    db,
    `UPDATE pairing_codes SET used_at = $2
     WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
     RETURNING workspace_id, role`,
    [codeHash, at],
  );
  if (!code) return { ok: false, reason: await whyUnusable(db, codeHash) };
  const [row] = await queryRows<DeviceRow>(
    db,
    `INSERT INTO devices (id, workspace_id, name, role, token_hash, created_at, last_seen_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING ${DEVICE_COLUMNS}`,
    [device.id, code.workspace_id, device.name, code.role, device.tokenHash, at],
  );
  const [workspace] = await queryRows<WorkspaceRow>(
    db,
    `SELECT ${WORKSPACE_COLUMNS} FROM workspaces WHERE id = $1`,
    [code.workspace_id],
  );
  return { ok: true, device: toDevice(row!), workspace: toWorkspace(workspace!) };
}

/** Why a code could not be used: never seen, already used, or expired. */
async function whyUnusable(
  db: Queryable,
  codeHash: string,
): Promise<'unknown' | 'used' | 'expired'> {
  const [code] = await queryRows<{ used_at: number | null }>(
    db,
    'SELECT used_at FROM pairing_codes WHERE code_hash = $1',
    [codeHash],
  );
  if (!code) return 'unknown';
  return code.used_at !== null ? 'used' : 'expired';
}
