import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from './sqlite-migrations';
import type { Migration } from './sqlite-migrations';

/** Opens the database file with the pragmas the store relies on and applies pending migrations. */
export function openSqlite(
  file: string,
  migrations: readonly Migration[] = SQLITE_MIGRATIONS,
): SqliteDatabase {
  const db = new Database(file);
  // WAL: readers never block the writer, and the admin CLI can work while the server runs.
  db.pragma('journal_mode = WAL');
  // FULL: every commit is on disk before it returns, so a push's reply only ever acknowledges
  // durable data (a device drops its outbox entries on that reply; losing them after is loss).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process (the admin CLI, or the server) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  applyMigrations(db, migrations);
  return db;
}

/** Applies, in order, every migration not yet recorded; each in its own transaction. */
export function applyMigrations(db: SqliteDatabase, migrations: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const isApplied = db.prepare<[number], { id: number }>(
    'SELECT id FROM schema_migrations WHERE id = ?',
  );
  const record = db.prepare(
    'INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)',
  );
  const sorted = [...migrations].sort((a, b) => a.id - b.id);
  for (const migration of sorted) {
    // IMMEDIATE: two processes starting at once must not both apply the same migration.
    db.transaction(() => {
      if (isApplied.get(migration.id)) return;
      db.exec(migration.sql);
      record.run(migration.id, migration.name, Date.now());
    }).immediate();
  }
}
