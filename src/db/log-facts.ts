import type { LogEntry } from '../shared/schemas';
import type { ReportEntry } from '../shared/report';

/**
 * Log facts: what the annual report counts of each live log entry (date, kind, organisations,
 * levels; never its free text), kept beside the log so the report need not read every full
 * entry. A fact is one short string. Facts live in 32 buckets (by a hash of the entry's id, so a
 * changed date never moves a fact), each holding its ids and facts as two newline-joined strings,
 * which IndexedDB reads back in a few milliseconds where 50,000 entry objects take over a second.
 * Every write to the log adds one "loose" batch: the ids it wrote and their facts ('' for an entry
 * that no longer counts), in arrival order; batches override the buckets, later ones earlier
 * ones, until `compactLogFacts` folds them in. One row per write, not per entry: a pull page of
 * 500 entries costs one small extra put. See log-facts-middleware.ts for how every write keeps them.
 */
export const LOG_FACT_BUCKETS = 32;
export const FACT_TABLES = { buckets: 'logFacts', loose: 'logLoose' } as const;

/**
 * A bucket of compacted facts, stored as two newline-joined strings: the i-th fact belongs to the
 * i-th id (ids escaped, see `escapeId`). Empty strings: no facts.
 */
export interface LogFactBucket {
  b: number;
  ids: string;
  facts: string;
}

/** A bucket's facts as parallel arrays (ids escaped), to change them. */
export interface OpenBucket {
  b: number;
  ids: string[];
  facts: string[];
}

/** One log write's facts, keyed in arrival order (`k`, given by IndexedDB); '' = gone. */
export interface LooseBatch {
  k?: number;
  ids: string[];
  facts: string[];
}

const LINE = '\n';
export const splitLines = (joined: string): string[] => (joined ? joined.split(LINE) : []);

/** An id as a bucket holds it: one line whatever it contains (ids are any short string). */
export const escapeId = (id: string): string =>
  id.includes(LINE) || id.includes('\\') ? id.replace(/\\/g, '\\\\').replace(/\n/g, '\\n') : id;

export const openBucket = ({ b, ids, facts }: LogFactBucket): OpenBucket => ({
  b,
  ids: splitLines(ids),
  facts: splitLines(facts),
});

export const packBucket = ({ b, ids, facts }: OpenBucket): LogFactBucket => ({
  b,
  ids: ids.join(LINE),
  facts: facts.join(LINE),
});

const FIELD = '\u001f';
const ORG = '\u001e';

/** The bucket of an entry id (FNV-1a hash). */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % LOG_FACT_BUCKETS;
}

/** An organisation id as a fact holds it: separators (only ever in crafted ids) made harmless. */
const plain = (id: string) =>
  id.includes(LINE) || id.includes(ORG) || id.includes(FIELD)
    ? id.split(LINE).join('\ufffd').split(ORG).join('\ufffd').split(FIELD).join('\ufffd')
    : id;

/** The fact of a stored log entry row, or '' when it does not count (deleted or malformed). */
export function factOf(row: Partial<LogEntry> | undefined): string {
  if (!row || row.deleted === true || typeof row.date !== 'string' || typeof row.kind !== 'string')
    return '';
  return [
    row.date,
    row.kind,
    (row.organisationIds ?? []).map(plain).join(ORG),
    row.networkLevel ?? '',
    row.interventionCount ?? '',
    row.preventionLevel ?? '',
    row.trainingType ?? '',
  ].join(FIELD);
}

/** The report's view of a fact (the entry's date comes first, so a prefix test picks a year). */
export function readFact(fact: string): ReportEntry {
  const [date, kind, orgs, network, count, prevention, training] = fact.split(FIELD);
  return {
    deleted: false,
    date: date!,
    kind: kind as ReportEntry['kind'],
    organisationIds: orgs ? orgs.split(ORG) : [],
    networkLevel: (network || null) as ReportEntry['networkLevel'],
    interventionCount: count ? Number(count) : null,
    preventionLevel: (prevention || null) as ReportEntry['preventionLevel'],
    trainingType: (training || null) as ReportEntry['trainingType'],
  };
}
