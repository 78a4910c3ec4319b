import Dexie, { type ObservabilitySet } from 'dexie';
import {
  DEFAULT_RETENTION_MONTHS,
  db as appDb,
  openRows,
  retentionCutoff,
  sessionOf,
  type VarnaDB,
} from '../../db';
import type { LogEntry } from '../../shared/schemas';
import { localDateToday } from '../../lib/dates';
import { mutatedKeys } from '../../lib/mutated-keys';

/** More changed keys than this: read the window again instead of key by key. */
const PATCH_LIMIT = 200;

const hasOpenFollowUp = (e: LogEntry): boolean => !e.deleted && e.followUps.some((f) => !f.done);

/** Follow-ups agreed in the last 13 months count (older entries keep no text on the device). */
export const todoWindowStart = (): string =>
  retentionCutoff(localDateToday(), DEFAULT_RETENTION_MONTHS);

/**
 * The log entries with open agreed follow-ups, for "Att göra" and its badge, held in memory and
 * kept live. A write used to make the badge read every entry of the last 13 months again (thousands
 * of rows, while the next save waited for that read); instead this follows Dexie's
 * `storagemutated` event, which names the changed keys of every committed write (this tab's, a
 * pull's, another tab's), and reads only those entries again. A change it cannot name key by key
 * reads the window again, as does locking or unlocking (sealed follow-ups read differently).
 */
export class OpenFollowUps {
  private byId = new Map<string, LogEntry>();
  private snapshot: LogEntry[] | undefined;
  private listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private started = false;

  constructor(private readonly db: VarnaDB) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.start();
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LogEntry[] | undefined => this.snapshot;

  /** Resolves once the pending reads have been applied (for tests). */
  settled(): Promise<void> {
    this.start();
    return this.queue;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    Dexie.on('storagemutated', this.onMutated);
    sessionOf(this.db).subscribe((now, before) => {
      if (now.state !== before.state) this.enqueue(() => this.reloadAll());
    });
    this.enqueue(() => this.reloadAll());
  }

  private onMutated = (parts: ObservabilitySet): void => {
    const part = parts[`idb://${this.db.name}/logEntries/`];
    if (!part) return;
    const keys = mutatedKeys(part);
    if (keys === null || keys.length > PATCH_LIMIT) this.enqueue(() => this.reloadAll());
    else if (keys.length > 0) this.enqueue(() => this.reloadKeys(keys));
  };

  private enqueue(task: () => Promise<void>): void {
    // A failed read keeps the last good state; the next change reads again.
    this.queue = this.queue.then(task).catch(() => undefined);
  }

  private async reloadAll(): Promise<void> {
    // One read of the date index's range (no per-row filter, so no cursor walk).
    const raw = await this.db.logEntries.where('date').aboveOrEqual(todoWindowStart()).toArray();
    const opened = await openRows(this.db, 'logEntries', raw);
    this.byId = new Map(opened.filter(hasOpenFollowUp).map((e) => [e.id, e]));
    this.publish();
  }

  private async reloadKeys(keys: string[]): Promise<void> {
    if (!this.snapshot) return this.reloadAll();
    const found = (await this.db.logEntries.bulkGet(keys)).filter((e) => e !== undefined);
    const opened = new Map(
      (await openRows(this.db, 'logEntries', found)).map((e) => [e.id, e] as const),
    );
    const since = todoWindowStart();
    let changed = false;
    for (const key of keys) {
      const entry = opened.get(key);
      if (entry && hasOpenFollowUp(entry) && entry.date >= since) {
        this.byId.set(key, entry);
        changed = true;
      } else if (this.byId.delete(key)) changed = true;
    }
    if (changed) this.publish();
  }

  private publish(): void {
    this.snapshot = [...this.byId.values()];
    for (const listener of this.listeners) listener();
  }
}

/** The app's open follow-ups. */
export const openFollowUps = new OpenFollowUps(appDb);
