import {
  deleteRecord,
  recordWrite,
  restoreRecord,
  writeRecord,
  writeRecords,
  type FieldChanges,
  type VarnaDB,
} from '../../db';
import { newId } from '../../shared/ids';
import type { Activity, Area, Intervention } from '../../shared/schemas';

/**
 * Editing the plan: areas, activities and the interventions catalogue. Every write stores the row
 * and its outbox entry in one transaction (writeRecord/writeRecords), offline included; deletes are
 * tombstones that `restore` undoes.
 */

type Ordered = 'areas' | 'activities' | 'interventions';

export type AreaFields = Pick<Area, 'title' | 'description'>;
export type ActivityFields = Omit<Activity, 'id' | 'version' | 'deleted' | 'updatedAt' | 'order'>;
export type InterventionFields = Omit<
  Intervention,
  'id' | 'version' | 'deleted' | 'updatedAt' | 'order'
>;

const nextOrder = (siblings: ReadonlyArray<{ order: number }>): number =>
  siblings.reduce((max, s) => Math.max(max, s.order), 0) + 1;

export async function addArea(
  db: VarnaDB,
  fields: AreaFields,
  siblings: readonly Area[],
): Promise<Area> {
  return writeRecord(db, 'areas', newId(), { ...fields, order: nextOrder(siblings) });
}

export async function addActivity(
  db: VarnaDB,
  fields: ActivityFields,
  siblings: readonly Activity[],
): Promise<Activity> {
  return writeRecord(db, 'activities', newId(), { ...fields, order: nextOrder(siblings) });
}

export async function addIntervention(
  db: VarnaDB,
  fields: InterventionFields,
  siblings: readonly Intervention[],
): Promise<Intervention> {
  return writeRecord(db, 'interventions', newId(), { ...fields, order: nextOrder(siblings) });
}

/** Saves changed fields of an existing area, activity or intervention. */
export function updateRecord<T extends Ordered>(
  db: VarnaDB,
  table: T,
  id: string,
  changes: FieldChanges<T>,
): Promise<unknown> {
  return writeRecord(db, table, id, changes);
}

export function removeRecord(db: VarnaDB, table: Ordered, id: string): Promise<unknown> {
  return deleteRecord(db, table, id);
}

export function restore(db: VarnaDB, table: Ordered, id: string): Promise<unknown> {
  return restoreRecord(db, table, id);
}

/**
 * Moves one item up (-1) or down (+1) among its siblings (given in their shown order) and
 * renumbers the list 1..n, all in one transaction. Renumbering makes equal or sparse orders (from
 * another device's insert) come out right. Does nothing at either end.
 */
export async function moveRecord(
  db: VarnaDB,
  table: Ordered,
  siblings: ReadonlyArray<{ id: string; order: number }>,
  id: string,
  delta: -1 | 1,
): Promise<void> {
  const from = siblings.findIndex((s) => s.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= siblings.length) return;
  const next = [...siblings];
  const [moved] = next.splice(from, 1);
  if (!moved) return;
  next.splice(to, 0, moved);
  const writes = next
    .map((item, index) => ({ item, order: index + 1 }))
    .filter(({ item, order }) => item.order !== order)
    .map(({ item, order }) => recordWrite(table, item.id, { order }));
  if (writes.length > 0) await writeRecords(db, writes);
}
