import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { dbOf, removeDir } from './helpers';

/**
 * A second connection to the file, as another process would read it (it sees only committed
 * data), and whether a contact is committed.
 */
function committedReader(file: string) {
  const reader = new Database(file, { readonly: true });
  const committed = (id: string) =>
    reader
      .prepare<[string], { n: number }>(
        "SELECT COUNT(*) AS n FROM records WHERE tbl = 'contacts' AND id = ?",
      )
      .get(id)!.n === 1;
  return { reader, committed };
}

/** SQLite itself (runs only with the SQLite store; store-neutral behaviour is in the other files). */
describe('SQLite store', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'varna-sqlite-'));
  });
  afterEach(() => removeDir(dir));

  it('opens the file in WAL mode, with synchronous FULL and foreign keys on', async () => {
    const store = SqliteStore.open(path.join(dir, 'varna.sqlite'));
    try {
      expect(dbOf(store).pragma('journal_mode', { simple: true })).toBe('wal');
      expect(dbOf(store).pragma('synchronous', { simple: true })).toBe(2);
      expect(dbOf(store).pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('answers each of many concurrent pushes of different devices only once it is committed, and a failing one rolls back alone', async () => {
    const file = path.join(dir, 'varna.sqlite');
    const store = SqliteStore.open(file);
    const { reader, committed } = committedReader(file);
    try {
      const { id: workspaceId } = await store.defaultWorkspace();
      const before = (await store.pullChanges(workspaceId, 0, 10_000)).changes.length;
      const seenAtAnswer: Record<string, boolean> = {};
      const pushes = Array.from({ length: 8 }, (_, i) =>
        store
          .withPushTx(workspaceId, `device-${i}`, async (tx) => {
            const version = await tx.nextVersion();
            await tx.putRow('contacts', `c${i}`, {
              data: { name: `K ${i}` },
              fieldVersions: {},
              version,
            });
            if (i === 3) throw new Error('invalid push');
            return version;
          })
          .then((version) => {
            seenAtAnswer[`c${i}`] = committed(`c${i}`);
            return version;
          }),
      );
      const outcomes = await Promise.allSettled(pushes);
      expect(outcomes.map((o) => o.status)).toEqual(
        Array.from({ length: 8 }, (_, i) => (i === 3 ? 'rejected' : 'fulfilled')),
      );
      expect(Object.values(seenAtAnswer)).toEqual(Array.from({ length: 7 }, () => true));
      expect(committed('c3')).toBe(false);
      const versions = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      expect(new Set(versions).size).toBe(7);
      const changes = (await store.pullChanges(workspaceId, 0, 10_000)).changes;
      expect(changes.length - before).toBe(7);
      expect(changes.map((c) => c.version)).toEqual(
        [...changes.map((c) => c.version)].sort((a, b) => a - b),
      );
    } finally {
      reader.close();
      await store.close();
    }
  });

  it('answers batches of one device sent together only once they are committed, and a failing one rolls back alone', async () => {
    const file = path.join(dir, 'varna.sqlite');
    const store = SqliteStore.open(file);
    const { reader, committed } = committedReader(file);
    try {
      const { id: workspaceId } = await store.defaultWorkspace();
      const seenAtAnswer: boolean[] = [];
      // Six batches of one device at once, as a phone with several in flight sends them; the
      // fourth fails.
      const pushes = Array.from({ length: 6 }, (_, i) =>
        store
          .withPushTx(workspaceId, 'phone', async (tx) => {
            const version = await tx.nextVersion();
            await tx.putRow('contacts', `b${i}`, {
              data: { name: `B ${i}` },
              fieldVersions: {},
              version,
            });
            if (i === 3) throw new Error('invalid push');
            return version;
          })
          .then((version) => {
            seenAtAnswer[i] = committed(`b${i}`);
            return version;
          }),
      );
      // Another operation arriving meanwhile sees only committed data.
      const pulled = store.pullChanges(workspaceId, 0, 10_000);
      const outcomes = await Promise.allSettled(pushes);
      expect(outcomes.map((o) => o.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
      ]);
      expect(seenAtAnswer.filter((seen, i) => i !== 3 && seen)).toHaveLength(5);
      expect(committed('b3')).toBe(false);
      const versions = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(new Set(versions).size).toBe(5);
      for (const change of (await pulled).changes.filter((c) => c.table === 'contacts')) {
        expect(committed(change.id)).toBe(true);
      }
      // A restart (a new connection to the file) finds every answered push.
      await store.close();
      const reopened = SqliteStore.open(file);
      try {
        const ids = (await reopened.pullChanges(workspaceId, 0, 10_000)).changes
          .filter((c) => c.table === 'contacts')
          .map((c) => c.id)
          .sort();
        expect(ids).toEqual(['b0', 'b1', 'b2', 'b4', 'b5']);
      } finally {
        await reopened.close();
      }
    } finally {
      reader.close();
      await store.close();
    }
  });
});
