import { yearOf } from '../../lib/dates';
import type { IndexedEntry } from './filter-entries';

/**
 * What the list shows besides the entries themselves, kept up to date entry by entry as the log's
 * read model changes (so a save does not make the list walk all 10,000 entries again): the years
 * that have entries, and the entries with an agreed follow-up that is open and has a due date
 * (the only ones that can be due). Each list is the same array until what it lists changes: a
 * new entry without a follow-up, in a year already listed, leaves both as they were, and the list
 * works out nothing anew for them.
 */
export class LogFacets {
  private yearById = new Map<string, number>();
  private yearCounts = new Map<number, number>();
  private followUps = new Map<string, IndexedEntry>();
  private yearList: number[] | null = null;
  private followUpList: IndexedEntry[] | null = null;

  reset(items: readonly IndexedEntry[]): void {
    this.yearById.clear();
    this.yearCounts.clear();
    this.followUps.clear();
    this.yearList = null;
    this.followUpList = null;
    for (const item of items) this.add(item);
  }

  add(item: IndexedEntry): void {
    const { id, date, followUps } = item.entry;
    this.remove(id);
    const year = yearOf(date);
    this.yearById.set(id, year);
    const count = this.yearCounts.get(year) ?? 0;
    if (count === 0) this.yearList = null;
    this.yearCounts.set(year, count + 1);
    if (followUps.some((f) => !f.done && f.due !== null)) {
      this.followUps.set(id, item);
      this.followUpList = null;
    }
  }

  remove(id: string): void {
    const year = this.yearById.get(id);
    if (year === undefined) return;
    this.yearById.delete(id);
    const left = (this.yearCounts.get(year) ?? 1) - 1;
    if (left > 0) this.yearCounts.set(year, left);
    else {
      this.yearCounts.delete(year);
      this.yearList = null;
    }
    if (this.followUps.delete(id)) this.followUpList = null;
  }

  /** Years that have entries, newest first. */
  years(): number[] {
    return (this.yearList ??= [...this.yearCounts.keys()].sort((a, b) => b - a));
  }

  /** Entries with an open follow-up that has a due date. */
  withFollowUps(): IndexedEntry[] {
    return (this.followUpList ??= [...this.followUps.values()]);
  }
}
