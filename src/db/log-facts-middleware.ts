import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { LogEntry } from '../shared/schemas';
import { FACT_TABLES, factOf, type LooseBatch } from './log-facts';
import { rebuildLogFacts } from './log-facts-store';

const LOG = 'logEntries';

function holdsFactTables(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return Boolean(names?.contains(FACT_TABLES.loose) && names.contains(FACT_TABLES.buckets));
}

/** The loose batch a log write leaves behind, issued beside the write itself (no extra wait). */
function batchOf(req: DBCoreMutateRequest): LooseBatch | null {
  switch (req.type) {
    case 'add':
    case 'put': {
      const rows = req.values as Array<Partial<LogEntry> & { id: string }>;
      return { ids: rows.map((row) => row.id), facts: rows.map(factOf) };
    }
    case 'delete':
      return { ids: req.keys as string[], facts: req.keys.map(() => '') };
    default:
      return null; // deleteRange: the facts are rebuilt after it
  }
}

function logTable(down: DBCore, table: DBCoreTable, onLoose: (count: number) => void): DBCoreTable {
  const loose = down.table(FACT_TABLES.loose);
  return {
    ...table,
    async mutate(req) {
      if (!holdsFactTables(req.trans)) return table.mutate(req);
      const batch = batchOf(req);
      if (!batch) {
        const res = await table.mutate(req);
        await rebuildLogFacts(down, req.trans);
        return res;
      }
      const [res] = await Promise.all([
        table.mutate(req),
        loose.mutate({ type: 'add', trans: req.trans, values: [batch] }),
      ]);
      // A write that failed for some rows (an add of an id that exists) left their stored row as
      // it was: its fact is read back from that row, in a later batch (later batches win).
      const failed = Object.keys(res.failures ?? {}).map((i) => batch.ids[Number(i)]!);
      if (failed.length > 0) {
        const rows = (await table.getMany({ trans: req.trans, keys: failed })) as Array<
          Partial<LogEntry> | undefined
        >;
        const fixed: LooseBatch = { ids: failed, facts: rows.map(factOf) };
        await loose.mutate({ type: 'add', trans: req.trans, values: [fixed] });
      }
      onLoose(batch.ids.length);
      return res;
    },
  };
}

/**
 * Keeps the report's log facts (log-facts.ts) true in the same transaction as every write to
 * `logEntries`, whoever makes it (repositories, pulls, restores, retention, upgrades): a
 * read-write transaction over the log also takes the fact tables, and each put, add or delete
 * writes its loose facts beside it. `onLoose` hears how many were written, to plan compaction.
 */
export function logFactsMiddleware(onLoose: (count: number) => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'LogFacts',
    create(down) {
      if (!down.schema.tables.some((t) => t.name === FACT_TABLES.loose)) return down;
      return {
        ...down,
        transaction(stores, mode, options) {
          const scope =
            mode === 'readwrite' && stores.includes(LOG) && !stores.includes(FACT_TABLES.loose)
              ? [...stores, FACT_TABLES.buckets, FACT_TABLES.loose]
              : stores;
          return down.transaction(scope, mode, options);
        },
        table(name) {
          const table = down.table(name);
          return name === LOG ? logTable(down, table, onLoose) : table;
        },
      };
    },
  };
}
