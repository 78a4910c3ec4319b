/**
 * Evaluated inside the served app's page (same origin, so the same IndexedDB): fills the app's
 * own database with synthetic log entries and organisations, as a device that has synced them
 * (server versions, no outbox entries). Used by the report, memory and save (UI) benchmarks.
 */
import { DEFAULT_DB_NAME, VarnaDB, compactAll } from '../../src/db';
import { makeLogEntry, makeOrganisations, rng } from '../lib/fixtures';

export interface SeedOptions {
  entries: number;
  organisations: number;
  /** Entry dates are drawn between these instants (ms since the epoch). */
  from: number;
  to: number;
}

export interface SeedBenchApi {
  /** Returns the number of log entries stored afterwards. */
  seed(options: SeedOptions): Promise<number>;
}

declare global {
  interface Window {
    seedBench: SeedBenchApi;
  }
}

window.seedBench = {
  async seed({ entries, organisations, from, to }) {
    const db = new VarnaDB(DEFAULT_DB_NAME);
    const random = rng(7);
    const orgs = makeOrganisations(random, organisations, 1);
    await db.organisations.bulkPut(orgs);
    const organisationIds = orgs.map((o) => o.id);
    for (let done = 0; done < entries; done += 2000) {
      const n = Math.min(2000, entries - done);
      await db.logEntries.bulkPut(
        Array.from({ length: n }, () =>
          makeLogEntry(random, { organisationIds, from, to, version: 1 }),
        ),
      );
    }
    // A device that pulled these has folded the report's log facts in since (the compaction the
    // database plans after many log writes); do it now rather than in the first measured runs.
    await compactAll(db);
    const count = await db.logEntries.count();
    db.close();
    return count;
  },
};
