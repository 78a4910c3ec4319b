import { expect } from 'vitest';
import { getMeta, META } from '../../../src/db';
import { stableId } from '../../../src/shared/ids';
import { defaultRecords } from '../../../src/shared/seed';
import { META_FIELDS, RESERVED_FIELDS } from '../../../src/shared/schemas';
import { jsonEqual } from '../../../src/shared/sync/json-equal';
import { getPairing, listRejected } from '../../../src/sync';
import type { AnsweredMutation, ServerLog } from './server-log';
import type { SimDevice } from './sim-device';
import type { Tables } from './final-state';

/** Nothing pending, nothing refused: every change of every device reached the endpoint. */
export async function expectNothingPending(devices: SimDevice[]): Promise<void> {
  for (const d of devices) {
    expect(await d.db.outbox.count(), `outbox of d${d.index}`).toBe(0);
    expect(await listRejected(d.db), `rejected changes of d${d.index}`).toEqual([]);
  }
}

/**
 * Each (device, seq) was applied exactly once — never twice, never lost — and every sequence
 * number a device used since pairing was applied.
 */
export async function expectEachChangeAppliedOnce(
  devices: SimDevice[],
  log: ServerLog,
): Promise<void> {
  const done = new Map<string, number>();
  for (const a of log.answers) {
    expect(a.status, `answer ${a.deviceId}#${a.mutation.seq}: ${a.reason ?? ''}`).not.toBe(
      'rejected',
    );
    if (a.status !== 'applied') continue;
    const key = `${a.deviceId}#${a.mutation.seq}`;
    done.set(key, (done.get(key) ?? 0) + 1);
  }
  for (const [key, count] of done) expect(count, `times ${key} was applied`).toBe(1);
  for (const d of devices) {
    const { deviceId } = (await getPairing(d.db))!;
    const used = ((await getMeta<number>(d.db, META.nextSeq)) ?? 1) - 1;
    const applied = [...done.keys()].filter((k) => k.startsWith(`${deviceId}#`)).length;
    expect(applied, `changes of d${d.index} applied`).toBe(used);
  }
}

const content = (field: string) =>
  !RESERVED_FIELDS.has(field) && !META_FIELDS.has(field) && field !== 'deleted';

/** Applied mutations per record, in the endpoint's order. */
function appliedByRecord(log: ServerLog): Map<string, AnsweredMutation[]> {
  const out = new Map<string, AnsweredMutation[]>();
  const applied = log.answers.filter((a) => a.status === 'applied');
  applied.sort((a, b) => a.version! - b.version! || a.order - b.order);
  for (const a of applied) {
    const key = `${a.mutation.table}/${a.mutation.id}`;
    out.set(key, [...(out.get(key) ?? []), a]);
  }
  return out;
}

/**
 * Every acknowledged write is present: each field of each record holds the value of the last
 * applied mutation (in the endpoint's order) that set it, or its default when none did. Conflicts
 * are recorded exactly where another device changed the same field since the writer's base, with
 * the overwritten value kept; a device never conflicts with itself.
 */
export function expectWritesPresent(server: Tables, log: ServerLog): void {
  const seed = new Map(defaultRecords().map((r) => [`${r.table}/${r.record.id}`, r.record]));
  const raised = new Set<string>();
  for (const [key, muts] of appliedByRecord(log)) {
    const [table, id] = key.split('/') as [string, string];
    const final = server[table]?.[id];
    expect(final, `record ${key} on the endpoint`).toBeDefined();
    const state = new Map<string, { value: unknown; version: number; writer: string }>();
    for (const [f, value] of Object.entries(seed.get(key) ?? {})) {
      if (!RESERVED_FIELDS.has(f)) state.set(f, { value, version: 0, writer: '' });
    }
    for (const a of muts) {
      const { fields, baseVersion } = a.mutation;
      // A mutation that changed nothing is answered with the row's version and raises nothing.
      const changes = Object.entries(fields).some(
        ([f, value]) => !RESERVED_FIELDS.has(f) && !jsonEqual(state.get(f)?.value, value),
      );
      for (const [f, value] of Object.entries(fields)) {
        if (!content(f) || !changes) continue;
        const prev = state.get(f);
        const conflictId = stableId('conflict', table, id, f, a.version!);
        const concurrent =
          prev !== undefined &&
          prev.version > baseVersion &&
          prev.writer !== a.deviceId &&
          !jsonEqual(prev.value, value);
        const conflict = server.conflicts?.[conflictId];
        if (concurrent) {
          expect(conflict, `conflict on ${key}.${f} at v${a.version}`).toMatchObject({
            shownValue: value ?? null,
            otherValue: prev.value ?? null,
          });
          raised.add(conflictId);
        } else {
          expect(conflict, `no conflict on ${key}.${f} at v${a.version}`).toBeUndefined();
        }
      }
      for (const [f, value] of Object.entries(fields)) {
        if (RESERVED_FIELDS.has(f) || jsonEqual(state.get(f)?.value, value)) continue;
        state.set(f, { value, version: a.version!, writer: a.deviceId });
      }
    }
    for (const [f, { value }] of state) {
      expect(final?.[f] ?? null, `${key}.${f}`).toEqual(value ?? null);
    }
  }
  // A conflict on `deleted` (delete against edit) needs another device's change since the base.
  for (const [key, muts] of appliedByRecord(log)) {
    const [table, id] = key.split('/') as [string, string];
    for (const a of muts) {
      const conflictId = stableId('conflict', table, id, 'deleted', a.version!);
      if (!server.conflicts?.[conflictId]) continue;
      raised.add(conflictId);
      const others = muts.filter(
        (o) =>
          o.deviceId !== a.deviceId &&
          o.version! > a.mutation.baseVersion &&
          o.version! < a.version!,
      );
      expect(
        others.length,
        `delete conflict on ${key} at v${a.version} has a cause`,
      ).toBeGreaterThan(0);
    }
  }
  // The endpoint invented nothing: every conflict record was raised by a mutation.
  for (const conflictId of Object.keys(server.conflicts ?? {})) {
    expect(raised.has(conflictId), `conflict ${conflictId} explained`).toBe(true);
  }
}
