import { mkdirSync } from 'node:fs';
import type { ServerConfig } from './config';
import { ConfigError, sqlitePath } from './config';
import { PgStore } from './store/pg-store';
import { SqliteStore } from './store/sqlite-store';
import type { Store } from './store/types';

/**
 * Opens the configured store: PostgreSQL when DATABASE_URL is set (several endpoint processes may
 * share it), else the SQLite file in DATA_DIR (created with its directory if needed).
 */
export async function openStore(
  config: ServerConfig,
  now: () => number = Date.now,
): Promise<Store> {
  const options = { defaultWorkspaceName: config.workspaceName, now };
  if (config.databaseUrl) {
    try {
      return await PgStore.open(config.databaseUrl, options);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConfigError(`Kunde inte öppna PostgreSQL-databasen i DATABASE_URL: ${reason}`);
    }
  }
  mkdirSync(config.dataDir, { recursive: true });
  return SqliteStore.open(sqlitePath(config), options);
}
