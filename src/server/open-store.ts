import { mkdirSync } from 'node:fs';
import type { ServerConfig } from './config';
import { ConfigError, sqlitePath } from './config';
import { SqliteStore } from './store/sqlite-store';
import type { Store } from './store/types';

/** Opens the configured store: the SQLite file in DATA_DIR (created with its directory if needed). */
export function openStore(config: ServerConfig, now: () => number = Date.now): Store {
  if (config.databaseUrl) {
    throw new ConfigError(
      'PostgreSQL-stöd är inte aktiverat ännu. Ta bort DATABASE_URL för att använda SQLite-filen i DATA_DIR.',
    );
  }
  mkdirSync(config.dataDir, { recursive: true });
  return SqliteStore.open(sqlitePath(config), { defaultWorkspaceName: config.workspaceName, now });
}
