import {
  META,
  deleteRecord,
  getMeta,
  recordWrite,
  restoreRecord,
  writeRecord,
  writeRecords,
  type VarnaDB,
} from '../../db';
import { newId, stableId } from '../../shared/ids';
import type { RoutineInfo, RoutineStep } from '../../shared/schemas';
import { localDateToday } from '../../lib/dates';
import { nextOrder, reorderWrites } from './reorder';
import type { InfoFormValues, StepChanges } from './step-form';

/**
 * Routine writes. Each stores the rows and their outbox entries in one transaction on the device:
 * they work offline and sync like any record, whichever device makes them.
 */

/**
 * The routine heading's fixed id, the same as the seed's ROUTINE_INFO_ID (a test checks it). Made
 * here from the same natural key so this page's chunk does not pull in the default data.
 */
export const ROUTINE_INFO_KEY_ID = stableId('seed', 'routineInfo', 'rutin-vid-oro');

export async function saveStep(database: VarnaDB, id: string, changes: StepChanges): Promise<void> {
  await writeRecord(database, 'routineSteps', id, changes);
}

/** Adds a step after every existing one; returns its id. */
export async function addStep(database: VarnaDB, changes: StepChanges): Promise<string> {
  const id = newId();
  const all = await database.routineSteps.toArray();
  await writeRecord(database, 'routineSteps', id, {
    ...changes,
    order: nextOrder(all),
    deleted: false,
  });
  return id;
}

/** Moves a step one place up or down among the shown steps: all order changes commit together. */
export async function moveStep(
  database: VarnaDB,
  steps: readonly RoutineStep[],
  id: string,
  direction: -1 | 1,
): Promise<void> {
  const writes = reorderWrites(steps, id, direction);
  if (writes.length === 0) return;
  await writeRecords(
    database,
    writes.map((w) => recordWrite('routineSteps', w.id, { order: w.order })),
  );
}

/** Deletes as a tombstone that syncs; `restoreStep` undoes it. */
export async function deleteStep(database: VarnaDB, id: string): Promise<void> {
  await deleteRecord(database, 'routineSteps', id);
}

export async function restoreStep(database: VarnaDB, id: string): Promise<void> {
  await restoreRecord(database, 'routineSteps', id);
}

const EMPTY_INFO: Omit<RoutineInfo, 'id' | 'version' | 'updatedAt'> = {
  deleted: false,
  title: '',
  legalReference: '',
  revision: '',
  reviewedAt: null,
  reviewedBy: '',
};

async function writeInfo(
  database: VarnaDB,
  info: RoutineInfo | null,
  changes: Partial<RoutineInfo>,
): Promise<void> {
  // With no heading record (never loaded, or deleted elsewhere) the write recreates it in full.
  const fields = info ? changes : { ...EMPTY_INFO, ...changes };
  await writeRecord(database, 'routineInfo', info?.id ?? ROUTINE_INFO_KEY_ID, fields);
}

/** Saves the routine's name, revision and legal reference (orosanmälan). */
export function saveRoutineInfo(
  database: VarnaDB,
  info: RoutineInfo | null,
  values: InfoFormValues,
): Promise<void> {
  return writeInfo(database, info, values);
}

/** Marks the routine reviewed today, by the name this device's user gave in Settings (if any). */
export async function markReviewed(
  database: VarnaDB,
  info: RoutineInfo | null,
  today: string = localDateToday(),
): Promise<void> {
  const by = ((await getMeta<string>(database, META.actorName)) ?? '').trim();
  await writeInfo(database, info, { reviewedAt: today, reviewedBy: by });
}
