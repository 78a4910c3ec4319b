import fc from 'fast-check';
import { deleteRecord, restoreRecord, writeRecord, type VarnaDB } from '../../../src/db';
import { followUpId, newId } from '../../../src/shared/ids';
import { DEFAULT_ACTIVITIES } from '../../../src/shared/seed';
import type { SyncedTable } from '../../../src/shared/schemas';
import { resolveConflict } from '../../../src/sync';

/**
 * A local change, described abstractly and resolved against the device's data when it runs (the
 * `pick`-th candidate record), so a shrunk scenario still means something. Values come from small
 * sets so that devices often write the same field, the same value, or the same record.
 */
export interface WriteOp {
  table: 'organisations' | 'logEntries' | 'contacts' | 'areas' | 'followUps';
  action: 'create' | 'edit' | 'delete' | 'restore';
  pick: number;
  value: number;
  /** Device clocks collide: updatedAt is one of a few instants. */
  stamp: number;
}

const VALUES = ['Alfa', 'Beta', 'Örn ✓', 'Gamma 😀', 'עברית'] as const;
const at = (stamp: number) => `2025-03-01T10:00:0${stamp}.000Z`;
const text = (value: number) => VALUES[value % VALUES.length]!;

export const writeOpArb: fc.Arbitrary<WriteOp> = fc.record({
  table: fc.constantFrom('organisations', 'logEntries', 'contacts', 'areas', 'followUps'),
  action: fc.constantFrom('create', 'edit', 'edit', 'edit', 'delete', 'restore'),
  pick: fc.nat({ max: 1 }),
  value: fc.nat({ max: VALUES.length - 1 }),
  stamp: fc.nat({ max: 3 }),
});

function createFields(op: WriteOp): { id: string; fields: Record<string, unknown> } {
  const v = text(op.value);
  const base = { deleted: false };
  switch (op.table) {
    case 'organisations':
      return {
        id: newId(),
        fields: {
          ...base,
          name: `Förening ${v}`,
          kind: op.value % 2 ? 'trossamfund' : 'forening',
          wishesDialog: 'ja',
          firstContact: null,
          note: '',
          mergedInto: null,
        },
      };
    case 'logEntries':
      return {
        id: newId(),
        fields: {
          ...base,
          kind: 'dialog',
          date: `2025-03-0${op.value + 1}T10:00`,
          organisationIds: [],
          meetingForm: 'fysiskt',
          participantRoles: ['Samordnare'],
          orgParticipants: op.value,
          topics: [v],
          summary: `Samtal ${v}`,
          followUps: [],
          nextMeeting: null,
          activityId: null,
          preventionLevel: null,
          networkLevel: null,
          trainingType: null,
          trainingAudience: '',
          interventionCount: null,
          privacyAcknowledged: false,
        },
      };
    case 'contacts':
      return {
        id: newId(),
        fields: {
          ...base,
          role: `Roll ${v}`,
          organisation: 'Timrå kommun',
          name: '',
          phones: [],
          email: '',
          category: 'kommunen',
          note: '',
          verifiedAt: null,
        },
      };
    case 'followUps': {
      // Deterministic id: two devices assessing the same activity offline create the same record.
      const activity = DEFAULT_ACTIVITIES[op.pick]!;
      return {
        id: followUpId(activity.id, 2025),
        fields: {
          ...base,
          activityId: activity.id,
          year: 2025,
          status: (['helt', 'delvis', 'ej', 'ejBedomd'] as const)[op.value % 4],
          comment: v,
          assessedBy: 'Samordnare',
          assessedAt: at(op.stamp),
          history: [],
        },
      };
    }
    case 'areas':
      throw new Error('areas are not created in scenarios');
  }
}

function editFields(op: WriteOp): Record<string, unknown> {
  const v = text(op.value);
  const choice = op.value % 3;
  switch (op.table) {
    case 'organisations':
      return [{ name: `Förening ${v}` }, { note: v }, { wishesDialog: 'nej' }][choice]!;
    case 'logEntries':
      return [{ summary: v }, { topics: [v, 'Trygghet'] }, { summary: v, orgParticipants: 3 }][
        choice
      ]!;
    case 'contacts':
      return [
        { note: v },
        { phones: [{ label: 'Mobil', number: `070-12345${op.value}` }] },
        { note: v, verifiedAt: '2025-03-01' },
      ][choice]!;
    case 'areas':
      return [{ title: v }, { description: v }, { title: v, description: v }][choice]!;
    case 'followUps':
      return [{ comment: v }, { status: 'delvis' }, { status: 'helt', comment: v }][choice]!;
  }
}

async function candidates(db: VarnaDB, table: SyncedTable, deleted: boolean): Promise<string[]> {
  const rows = (await db.table(table).toArray()) as Array<{ id: string; deleted: boolean }>;
  return rows
    .filter((r) => r.deleted === deleted)
    .map((r) => r.id)
    .sort()
    .slice(0, 2);
}

/**
 * Performs the change on the device (offline: no network involved). An action with nothing to act
 * on falls back to one that has (restore → edit → create), so every step changes something.
 */
export async function performWrite(db: VarnaDB, op: WriteOp): Promise<string> {
  const table = op.table;
  const updatedAt = at(op.stamp);
  let action = op.action;
  let pool: string[] = [];
  if (action === 'restore') {
    pool = await candidates(db, table, true);
    if (pool.length === 0) action = 'edit';
  }
  if (action === 'edit' || action === 'delete') {
    pool = await candidates(db, table, false);
    if (pool.length === 0) action = 'create';
  }
  if (action === 'create' && table !== 'areas') {
    const { id, fields } = createFields(op);
    const existing = await db.table(table).get(id);
    await writeRecord(db, table, id, {
      ...(existing ? editFields(op) : fields),
      updatedAt,
    });
    return `${existing ? 'edit' : 'create'} ${table} ${id.slice(-4)}`;
  }
  if (action === 'create') pool = await candidates(db, table, false);
  const id = pool[op.pick % Math.max(pool.length, 1)];
  if (!id) return 'nothing to change';
  if (action === 'delete') await deleteRecord(db, table, id);
  else if (action === 'restore') await restoreRecord(db, table, id);
  else await writeRecord(db, table, id, { ...editFields(op), updatedAt });
  return `${action} ${table} ${id.slice(-4)}`;
}

/** A person resolves one of the open conflicts the device knows of. */
export async function performResolve(
  db: VarnaDB,
  pick: number,
  choice: 'shown' | 'other',
): Promise<string> {
  const open = (await db.conflicts.toArray())
    .filter((c) => !c.resolved && !c.deleted)
    .sort((a, b) => a.id.localeCompare(b.id));
  const conflict = open[pick % Math.max(open.length, 1)];
  if (!conflict) return 'no conflict';
  await resolveConflict(db, conflict, choice);
  return `resolve ${conflict.field} (${choice})`;
}
