import { useLiveQuery } from 'dexie-react-hooks';
import { META, db, getMeta, openHistoryRows, openRows } from '../../db';
import { describeValue } from './describe-value';
import { groupHistory, type HistoryGroup, type PendingChange } from './group-history';

/** The outbox entries of one record, with sealed text opened (or marked locked). */
async function pendingChanges(table: string, id: string): Promise<PendingChange[]> {
  const entries = (await db.outbox.where('recordId').equals(id).toArray()).filter(
    (e) => e.table === table && e.status === 'pending',
  );
  return Promise.all(
    entries.map(async (e) => {
      const [fields] = await openRows(db, table, [e.fields]);
      const [before] = e.before ? await openRows(db, table, [e.before]) : [null];
      const locked = Boolean((fields as { $locked?: boolean }).$locked);
      const clean = ({ $locked: _, ...rest }: Record<string, unknown>) => rest;
      return {
        seq: e.seq,
        createdAt: e.createdAt,
        fields: clean(fields as Record<string, unknown>),
        before: before ? clean(before) : null,
        ...(locked ? { locked } : {}),
      };
    }),
  );
}

/** Names of the organisations and plan activities the changes point to, by id. */
async function referencedNames(groups: HistoryGroup[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const c of groups.flatMap((g) => g.changes)) {
    for (const v of [c.oldValue, c.newValue].flat())
      if (typeof v === 'string' && v.length <= 64 && !/\s/.test(v)) ids.add(v);
  }
  const [organisations, activities] = await Promise.all([
    db.organisations.bulkGet([...ids]),
    db.activities.bulkGet([...ids]),
  ]);
  const names = new Map<string, string>();
  for (const o of organisations) if (o) names.set(o.id, o.name);
  for (const a of activities) {
    if (a) names.set(a.id, a.what.length > 80 ? `${a.what.slice(0, 80).trimEnd()} …` : a.what);
  }
  return names;
}

/**
 * The record's history from this device's copy (works offline), newest first: its pending
 * changes, then the synced changes and redactions. Live: updates after a write or a sync.
 */
export function useRecordHistory(table: string, id: string): HistoryGroup[] | undefined {
  return useLiveQuery(async () => {
    const [rows, pending, actor, deviceName] = await Promise.all([
      db.history.where('[table+recordId]').equals([table, id]).toArray(),
      pendingChanges(table, id),
      getMeta<string>(db, META.actorName),
      getMeta<string>(db, META.deviceName),
    ]);
    const groups = groupHistory(await openHistoryRows(db, rows), pending, {
      actor: actor?.trim() || null,
      deviceName: deviceName?.trim() || null,
    });
    const names = await referencedNames(groups);
    for (const group of groups) {
      for (const c of group.changes) {
        c.oldValue = describeValue(table, c.field, c.oldValue, names);
        c.newValue = describeValue(table, c.field, c.newValue, names);
      }
    }
    return groups;
  }, [table, id]);
}

/** The current record (opened), to offer its fields for redaction; null when missing. */
export function useRecord(table: string, id: string): Record<string, unknown> | null | undefined {
  return useLiveQuery(async () => {
    const row = (await db.table(table).get(id)) as Record<string, unknown> | undefined;
    return row ? ((await openRows(db, table, [row]))[0] ?? null) : null;
  }, [table, id]);
}
