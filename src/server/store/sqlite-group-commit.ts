import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { Mutex } from './mutex';

/**
 * Group commit for the SQLite store's pushes. A commit in WAL mode with `synchronous = FULL`
 * waits for the disk, and under load that wait was a large share of each push. Pushes that
 * queue up behind one another therefore share one transaction: each runs inside its own
 * savepoint (a push that fails rolls back only itself), and one COMMIT, scheduled when the group
 * opens and queued behind the pushes already waiting, makes them all durable. No push is
 * answered before that COMMIT, and nothing else reads or writes while a group is open: every
 * other operation commits the open group first (`settle`), so it only ever sees committed data.
 * All methods except `joined` must run inside the store's mutex.
 */
export class SqliteGroupCommit {
  private waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private open = false;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly mutex: Mutex,
  ) {}

  /** Runs one push inside the open group (opening one if needed), in its own savepoint. */
  async savepoint<T>(task: () => Promise<T>): Promise<{ result: T; durable: Promise<void> }> {
    if (!this.open) {
      this.db.exec('BEGIN IMMEDIATE');
      this.open = true;
      setImmediate(() => void this.mutex.run(() => this.settle()));
    }
    this.db.exec('SAVEPOINT push');
    try {
      const result = await task();
      this.db.exec('RELEASE push');
      return { result, durable: this.joined() };
    } catch (error) {
      if (this.db.inTransaction) {
        this.db.exec('ROLLBACK TO push');
        this.db.exec('RELEASE push');
      } else this.fail(error); // SQLite rolled the whole group back: nobody in it is durable
      throw error;
    }
  }

  /** Commits the open group, if any, and answers its pushes (inside the mutex). */
  settle(): void {
    if (!this.open) return;
    const waiting = this.waiting.splice(0);
    this.open = false;
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const w of waiting) w.reject(error);
      return;
    }
    for (const w of waiting) w.resolve();
  }

  private joined(): Promise<void> {
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private fail(error: unknown): void {
    this.open = false;
    for (const w of this.waiting.splice(0)) w.reject(error);
  }
}
