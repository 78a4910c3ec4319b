import { rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import pg from 'pg';
import { afterAll } from 'vitest';
import { sqlitePath } from '../../src/server/config';
import { PG_TYPES } from '../../src/server/store/pg-rows';
import { PgStore } from '../../src/server/store/pg-store';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import type { Store } from '../../src/server/store/types';

/**
 * Which store the server tests run on: SQLite (default), or PostgreSQL with
 * `TEST_STORE=postgres TEST_DATABASE_URL=postgres://…/postgres` (see scripts/with-postgres.sh).
 * On PostgreSQL every test data directory gets its own fresh database, created from
 * TEST_DATABASE_URL's server and dropped by removeDir (or, at the latest, after the test file).
 */
export type TestStoreKind = 'sqlite' | 'postgres';

export const TEST_STORE: TestStoreKind =
  process.env.TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_STORE=postgres needs TEST_DATABASE_URL (postgres://…/postgres).');
  return url;
}

/** Data directory → the URL of its PostgreSQL database. */
const databases = new Map<string, string>();
const drops: Array<Promise<void>> = [];

async function onAdminDb(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  // FORCE: a connection a test left open (a killed process's) must not keep the database alive.
  return onAdminDb(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

if (TEST_STORE === 'postgres') {
  afterAll(async () => {
    for (const url of databases.values()) drops.push(dropDatabase(url));
    databases.clear();
    await Promise.all(drops.splice(0));
  });
}

/** Readies `dir` as a store location; on PostgreSQL creates a fresh database for it (once). */
export async function prepareStore(dir: string): Promise<void> {
  if (TEST_STORE !== 'postgres' || databases.has(dir)) return;
  const name = `varna_test_${crypto.randomUUID().replaceAll('-', '')}`;
  await onAdminDb(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  databases.set(dir, url.toString());
}

/** The PostgreSQL database URL of `dir` (after prepareStore). */
export function databaseUrlOf(dir: string): string {
  const url = databases.get(dir);
  if (!url) throw new Error(`no test database for ${dir}: call prepareStore(dir) first`);
  return url;
}

/** The environment that points src/server/main.ts or the admin CLI at `dir`'s store. */
export function storeEnv(dir: string): Record<string, string> {
  return TEST_STORE === 'postgres'
    ? { DATA_DIR: dir, DATABASE_URL: databaseUrlOf(dir) }
    : { DATA_DIR: dir, DATABASE_URL: '' };
}

/** Opens the store of `dir` (prepared first), as main.ts would with storeEnv(dir). */
export async function openTestStore(dir: string, now: () => number): Promise<Store> {
  await prepareStore(dir);
  if (TEST_STORE === 'postgres') return PgStore.open(databaseUrlOf(dir), { now });
  return SqliteStore.open(sqlitePath({ dataDir: dir }), { now });
}

/** Removes `dir` and, on PostgreSQL, drops its database (awaited after the test file at the latest). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const url = databases.get(dir);
  if (url === undefined) return;
  databases.delete(dir);
  drops.push(dropDatabase(url));
}

/**
 * Runs one SQL statement on `dir`'s store, written once for both: `?` placeholders, bigint and
 * COUNT(*) as numbers. JSON columns come back as JSON text from SQLite and parsed from PostgreSQL,
 * so compare them through `CAST(column AS TEXT)`.
 */
export async function sqlAll(
  dir: string,
  store: Store,
  sql: string,
  params: unknown[] = [],
): Promise<Array<Record<string, unknown>>> {
  if (store instanceof SqliteStore) {
    const db = (store as unknown as { db: Database }).db;
    const statement = db.prepare(sql);
    if (statement.reader) return statement.all(...params) as Array<Record<string, unknown>>;
    statement.run(...params);
    return [];
  }
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  const client = new pg.Client({ connectionString: databaseUrlOf(dir), types: PG_TYPES });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(text, params)).rows;
  } finally {
    await client.end();
  }
}
