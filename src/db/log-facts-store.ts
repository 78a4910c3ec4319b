import type { DBCore, DBCoreKeyRange, DBCoreTransaction } from 'dexie';
import type { LogEntry } from '../shared/schemas';
import type { ReportEntry } from '../shared/report';
import type { VarnaDB } from './database';
import {
  FACT_TABLES,
  bucketOf,
  escapeId,
  factOf,
  openBucket,
  packBucket,
  readFact,
  splitLines,
  type LogFactBucket,
  type LooseBatch,
  type OpenBucket,
} from './log-facts';

/** Buckets holding the facts of `rows` (only entries that count). */
export function bucketsOf(rows: readonly Partial<LogEntry>[]): LogFactBucket[] {
  const buckets = new Map<number, OpenBucket>();
  for (const row of rows) {
    const fact = factOf(row);
    if (fact === '' || typeof row.id !== 'string') continue;
    const b = bucketOf(row.id);
    let bucket = buckets.get(b);
    if (!bucket) buckets.set(b, (bucket = { b, ids: [], facts: [] }));
    bucket.ids.push(escapeId(row.id));
    bucket.facts.push(fact);
  }
  return [...buckets.values()].map(packBucket);
}

const EVERY_KEY = { type: 3 /* DBCoreRangeType.Any */ } as unknown as DBCoreKeyRange;

/** Recomputes every fact from the log itself, inside `trans` (after a range delete; rare). */
export async function rebuildLogFacts(down: DBCore, trans: DBCoreTransaction): Promise<void> {
  const log = down.table('logEntries');
  const { result } = await log.query({
    trans,
    values: true,
    query: { index: log.schema.primaryKey, range: EVERY_KEY },
  });
  await Promise.all([
    down.table(FACT_TABLES.loose).mutate({ type: 'deleteRange', trans, range: EVERY_KEY }),
    down.table(FACT_TABLES.buckets).mutate({ type: 'deleteRange', trans, range: EVERY_KEY }),
  ]);
  const buckets = bucketsOf(result as LogEntry[]);
  if (buckets.length > 0)
    await down.table(FACT_TABLES.buckets).mutate({ type: 'put', trans, values: buckets });
}

/** The latest fact of each id written in `batches` (in key order), by escaped id. */
function latestFacts(batches: readonly LooseBatch[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const { ids, facts } of batches)
    for (let i = 0; i < ids.length; i++) latest.set(escapeId(ids[i]!), facts[i]!);
  return latest;
}

/** Folds the latest facts into one bucket (mutating it); '' removes an entry's fact. */
function fold(bucket: OpenBucket, facts: ReadonlyMap<string, string>): void {
  const at = new Map(bucket.ids.map((id, i) => [id, i]));
  for (const [id, f] of facts) {
    const i = at.get(id);
    if (f !== '' && i !== undefined) bucket.facts[i] = f;
    else if (f !== '') {
      at.set(id, bucket.ids.length);
      bucket.ids.push(id);
      bucket.facts.push(f);
    } else if (i !== undefined) {
      // Swap-remove: move the last fact into the removed one's place.
      const last = bucket.ids.length - 1;
      const lastId = bucket.ids[last]!;
      bucket.ids[i] = lastId;
      bucket.facts[i] = bucket.facts[last]!;
      at.set(lastId, i);
      at.delete(id);
      bucket.ids.pop();
      bucket.facts.pop();
    }
  }
}

/**
 * Folds up to `limit` loose batches, oldest first, into their buckets in one transaction; returns
 * how many it folded (0 when there were none). Safe at any time: batches override buckets until
 * folded, and the fold keeps their order.
 */
export function compactLogFacts(db: VarnaDB, limit = 200): Promise<number> {
  return db.transaction('rw', db.logFacts, db.logLoose, async () => {
    const batches = await db.logLoose.orderBy('k').limit(limit).toArray();
    if (batches.length === 0) return 0;
    const byBucket = new Map<number, Map<string, string>>();
    for (const batch of batches)
      batch.ids.forEach((id, i) => {
        const b = bucketOf(id);
        let facts = byBucket.get(b);
        if (!facts) byBucket.set(b, (facts = new Map<string, string>()));
        facts.set(escapeId(id), batch.facts[i]!);
      });
    const keys = [...byBucket.keys()];
    const stored = await db.logFacts.bulkGet(keys);
    const buckets = keys.map((b, i) => {
      const bucket = stored[i] ? openBucket(stored[i]) : { b, ids: [], facts: [] };
      fold(bucket, byBucket.get(b)!);
      return packBucket(bucket);
    });
    await Promise.all([
      db.logFacts.bulkPut(buckets),
      db.logLoose.bulkDelete(batches.map((batch) => batch.k!)),
    ]);
    return batches.length;
  });
}

/**
 * Calls `visit` with every live log entry's report fields whose local date starts with one of
 * `prefixes` (one or two, e.g. "2025-"), from one read-only transaction; returns how many loose
 * batches there were (the caller may compact when they pile up).
 */
export async function readLogFacts(
  db: VarnaDB,
  prefixes: readonly [string, string?],
  visit: (entry: ReportEntry) => void,
): Promise<number> {
  const [buckets, batches] = await db.transaction('r', db.logFacts, db.logLoose, () =>
    Promise.all([db.logFacts.toArray(), db.logLoose.orderBy('k').toArray()]),
  );
  const [thisYear, lastYear] = prefixes;
  const wanted = (fact: string) =>
    fact.startsWith(thisYear) || (lastYear !== undefined && fact.startsWith(lastYear));
  const overrides = latestFacts(batches);
  for (const bucket of buckets) {
    const facts = splitLines(bucket.facts);
    // Ids are split only when a loose fact may override one of this bucket's.
    const ids = overrides.size > 0 ? splitLines(bucket.ids) : null;
    for (let i = 0; i < facts.length; i++) {
      const fact = facts[i]!;
      if (wanted(fact) && !(ids && overrides.has(ids[i]!))) visit(readFact(fact));
    }
  }
  for (const fact of overrides.values()) if (fact !== '' && wanted(fact)) visit(readFact(fact));
  return batches.length;
}
