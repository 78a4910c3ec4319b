import pg from 'pg';
import { PG_MIGRATIONS } from './pg-migrations';
import type { PgMigration } from './pg-migrations';
import { PG_TYPES } from './pg-rows';

/**
 * Keys of the transaction-scoped advisory locks (`pg_advisory_xact_lock`) that serialise start-up
 * work between processes sharing one database: two endpoints (or an endpoint and the admin CLI)
 * starting at once must neither apply a migration twice nor create two default workspaces.
 */
export const PG_LOCKS = { migrations: 7_316_001, startup: 7_316_002 } as const;

/** A connection pool with the driver settings the store relies on. */
export function openPgPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, types: PG_TYPES, application_name: 'varna' });
  // An idle connection that breaks (the database restarted) must not crash the process; the pool
  // drops it and the next query opens a new one. After close, a closing connection's error is moot.
  pool.on('error', (error) => {
    if (!pool.ending) console.error('PostgreSQL: inaktiv anslutning bröts:', error.message);
  });
  return pool;
}

/** Runs `fn` between BEGIN and COMMIT on one client; rolls back and rethrows if it throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      // The connection itself failed: do not give it back to the pool.
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Applies, in order, every migration not yet recorded; each in its own transaction. */
export async function applyPgMigrations(
  pool: pg.Pool,
  migrations: readonly PgMigration[] = PG_MIGRATIONS,
): Promise<void> {
  const lock = (client: pg.PoolClient) =>
    client.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.migrations]);
  await inTransaction(pool, async (client) => {
    await lock(client);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id integer PRIMARY KEY,
      name text NOT NULL,
      applied_at bigint NOT NULL
    )`);
  });
  const sorted = [...migrations].sort((a, b) => a.id - b.id);
  for (const migration of sorted) {
    await inTransaction(pool, async (client) => {
      // Taken before the check: another process applying the same migration has committed it
      // (and recorded it) by the time this one gets the lock.
      await lock(client);
      const applied = await client.query('SELECT 1 FROM schema_migrations WHERE id = $1', [
        migration.id,
      ]);
      if (applied.rowCount) return;
      await client.query(migration.sql);
      await client.query(
        'INSERT INTO schema_migrations (id, name, applied_at) VALUES ($1, $2, $3)',
        [migration.id, migration.name, Date.now()],
      );
    });
  }
}
