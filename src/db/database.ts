import Dexie, { type Table } from 'dexie';
import type {
  Activity,
  Area,
  Conflict,
  Contact,
  FollowUp,
  Intervention,
  LogEntry,
  Organisation,
  RoutineInfo,
  RoutineStep,
  SyncedTable,
  RecordOf,
} from '../shared/schemas';
import { STORES_V1, STORES_V2, STORES_V3 } from './schema';
import type { LogFactBucket, LooseBatch } from './log-facts';
import { logFactsMiddleware } from './log-facts-middleware';
import { planLogFactCompaction } from './log-facts-compaction';
import { bucketsOf } from './log-facts-store';
import type { HistoryRow } from './history';
import type { Draft, MetaRow, OutboxEntry } from './types';

export const DEFAULT_DB_NAME = 'varna';

/** The device's database. Synced tables hold the server's state with pending local changes on top. */
export class VarnaDB extends Dexie {
  areas!: Table<Area, string>;
  activities!: Table<Activity, string>;
  followUps!: Table<FollowUp, string>;
  interventions!: Table<Intervention, string>;
  organisations!: Table<Organisation, string>;
  logEntries!: Table<LogEntry, string>;
  contacts!: Table<Contact, string>;
  routineSteps!: Table<RoutineStep, string>;
  routineInfo!: Table<RoutineInfo, string>;
  conflicts!: Table<Conflict, string>;
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaRow, string>;
  drafts!: Table<Draft, string>;
  history!: Table<HistoryRow, number>;
  logFacts!: Table<LogFactBucket, number>;
  logLoose!: Table<LooseBatch, number>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    // v2 only adds a table: no upgrade function, every v1 row stays as it is.
    this.version(2).stores(STORES_V2);
    // v3 adds the report's log facts, filled from the log already stored.
    this.version(3)
      .stores(STORES_V3)
      .upgrade(async (tx) => {
        await tx.table('logFacts').bulkPut(bucketsOf(await tx.table('logEntries').toArray()));
      });
    this.use(logFactsMiddleware(planLogFactCompaction(this)));
  }

  syncedTable<T extends SyncedTable>(table: T): Table<RecordOf<T>, string> {
    return this.table(table);
  }
}
