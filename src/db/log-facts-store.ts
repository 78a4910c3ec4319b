import type { DBCore, DBCoreKeyRange, DBCoreTransaction } from 'dexie';
import type { LogEntry } from '../shared/schemas';
import type { ReportEntry } from '../shared/report';
import type { VarnaDB } from './database';
import {
  FACT_TABLES,
  bucketOf,
  factOf,
  foldable,
  openBucket,
  packBucket,
  readFact,
  splitLines,
  type LooseLogFact,
  type OpenBucket,
} from './log-facts';

/** The facts of `rows` (only entries that count): packed buckets, and loose facts for the rare id a bucket cannot hold. */
export function factsOf(rows: readonly Partial<LogEntry>[]) {
  const buckets = new Map<number, OpenBucket>();
  const loose: LooseLogFact[] = [];
  for (const row of rows) {
    const fact = factOf(row);
    if (fact === null || typeof row.id !== 'string') continue;
    if (!foldable(row.id)) {
      loose.push({ id: row.id, f: fact });
      continue;
    }
    const b = bucketOf(row.id);
    let bucket = buckets.get(b);
    if (!bucket) buckets.set(b, (bucket = { b, ids: [], facts: [] }));
    bucket.ids.push(row.id);
    bucket.facts.push(fact);
  }
  return { buckets: [...buckets.values()].map(packBucket), loose };
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
  const { buckets, loose } = factsOf(result as LogEntry[]);
  await Promise.all([
    buckets.length > 0 &&
      down.table(FACT_TABLES.buckets).mutate({ type: 'put', trans, values: buckets }),
    loose.length > 0 && down.table(FACT_TABLES.loose).mutate({ type: 'put', trans, values: loose }),
  ]);
}

/** Folds loose facts into one bucket (mutating it). */
function fold(bucket: OpenBucket, loose: readonly LooseLogFact[]): void {
  const at = new Map(bucket.ids.map((id, i) => [id, i]));
  for (const { id, f } of loose) {
    const i = at.get(id);
    if (f !== null && i !== undefined) bucket.facts[i] = f;
    else if (f !== null) {
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
 * Folds up to `limit` loose facts into their buckets in one transaction; returns how many it
 * folded (0 when there were none). Safe at any time: loose facts override buckets until folded.
 */
export function compactLogFacts(db: VarnaDB, limit = 5000): Promise<number> {
  return db.transaction('rw', db.logFacts, db.logLoose, async () => {
    const loose = (await db.logLoose.limit(limit).toArray()).filter((l) => foldable(l.id));
    if (loose.length === 0) return 0;
    const byBucket = new Map<number, LooseLogFact[]>();
    for (const fact of loose) {
      const b = bucketOf(fact.id);
      const list = byBucket.get(b);
      if (list) list.push(fact);
      else byBucket.set(b, [fact]);
    }
    const keys = [...byBucket.keys()];
    const stored = await db.logFacts.bulkGet(keys);
    const buckets = keys.map((b, i) => {
      const bucket = stored[i] ? openBucket(stored[i]) : { b, ids: [], facts: [] };
      fold(bucket, byBucket.get(b)!);
      return packBucket(bucket);
    });
    await Promise.all([
      db.logFacts.bulkPut(buckets),
      db.logLoose.bulkDelete(loose.map((l) => l.id)),
    ]);
    return loose.length;
  });
}

/**
 * Calls `visit` with every live log entry's report fields whose local date starts with one of
 * `prefixes` (one or two, e.g. "2025-"), from one read-only transaction; returns how many loose facts there
 * were (the caller may compact when they pile up).
 */
export async function readLogFacts(
  db: VarnaDB,
  prefixes: readonly [string, string?],
  visit: (entry: ReportEntry) => void,
): Promise<number> {
  const [buckets, loose] = await db.transaction('r', db.logFacts, db.logLoose, () =>
    Promise.all([db.logFacts.toArray(), db.logLoose.toArray()]),
  );
  const [thisYear, lastYear] = prefixes;
  const wanted = (fact: string) =>
    fact.startsWith(thisYear) || (lastYear !== undefined && fact.startsWith(lastYear));
  const overridden = new Set(loose.map((l) => l.id));
  for (const bucket of buckets) {
    const facts = splitLines(bucket.facts);
    // Ids are split only when a loose fact may override one of this bucket's.
    const ids = overridden.size > 0 ? splitLines(bucket.ids) : null;
    for (let i = 0; i < facts.length; i++) {
      const fact = facts[i]!;
      if (wanted(fact) && !(ids && overridden.has(ids[i]!))) visit(readFact(fact));
    }
  }
  for (const { f } of loose) if (f !== null && wanted(f)) visit(readFact(f));
  return loose.length;
}
