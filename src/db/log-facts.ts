import type { LogEntry } from '../shared/schemas';
import type { ReportEntry } from '../shared/report';

/**
 * Log facts: what the annual report counts of each live log entry (date, kind, organisations,
 * levels; never its free text), kept beside the log so the report need not read every full
 * entry. A fact is one short string; facts live in 32 buckets (by a hash of the entry's id, so a
 * changed date never moves a fact) holding them joined into one string, which IndexedDB reads back in a few
 * milliseconds where 50,000 entry objects take over a second. Writes add "loose" facts keyed by
 * entry id (null for an entry that is deleted or gone), which override the buckets until
 * `compactLogFacts` folds them in. See log-facts-middleware.ts for how every write keeps them.
 */
export const LOG_FACT_BUCKETS = 32;

/** Facts hold no newline: dates, kinds, levels and ids never do. */
export const FACT_TABLES = { buckets: 'logFacts', loose: 'logLoose' } as const;

/**
 * A bucket of compacted facts, stored as two newline-joined strings (one string each reads back
 * far faster than thousands): the i-th fact belongs to the i-th id. Empty strings: no facts.
 */
export interface LogFactBucket {
  b: number;
  ids: string;
  facts: string;
}

/** A bucket's facts as parallel arrays, to change them. */
export interface OpenBucket {
  b: number;
  ids: string[];
  facts: string[];
}

const LINE = '\n';
export const splitLines = (joined: string): string[] => (joined ? joined.split(LINE) : []);

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

/** A fact written since the last compaction; `f` null means the entry no longer counts. */
export interface LooseLogFact {
  id: string;
  f: string | null;
}

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

/** Whether an entry's fact can go into a bucket: its id holds no newline (else it stays loose). */
export const foldable = (id: string): boolean => !id.includes(LINE);

/** The fact of a stored log entry row, or null when it does not count (deleted or malformed). */
export function factOf(row: Partial<LogEntry> | undefined): string | null {
  if (!row || row.deleted === true || typeof row.date !== 'string' || typeof row.kind !== 'string')
    return null;
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
