import { describe, expect, it } from 'vitest';
import { mergeMutation, type StoredRow } from '../../src/shared/sync/merge';

const row = (
  data: Record<string, unknown>,
  fieldVersions: Record<string, number>,
  fieldWriters = {},
): StoredRow => ({
  data,
  fieldVersions,
  fieldWriters,
  version: Math.max(0, ...Object.values(fieldVersions)),
});

describe('mergeMutation', () => {
  it('creates a record from its fields', () => {
    const out = mergeMutation(undefined, { name: 'IFK', deleted: false }, 0, 1, 'A');
    expect(out.row.data).toEqual({ name: 'IFK', deleted: false });
    expect(out.row.version).toBe(1);
    expect(out.conflicts).toEqual([]);
  });

  it('merges edits of different fields from the same base without a conflict', () => {
    const base = row({ name: 'IFK', note: '' }, { name: 1, note: 1 });
    const a = mergeMutation(base, { name: 'IFK Timrå' }, 1, 2, 'A');
    const b = mergeMutation(a.row, { note: 'Vill ha dialog' }, 1, 3, 'B');
    expect(b.row.data).toEqual({ name: 'IFK Timrå', note: 'Vill ha dialog' });
    expect(b.conflicts).toEqual([]);
  });

  it('keeps the overwritten value as a conflict when two devices change the same field', () => {
    const base = row({ name: 'IFK' }, { name: 1 });
    const a = mergeMutation(base, { name: 'IFK Timrå' }, 1, 2, 'A');
    const b = mergeMutation(a.row, { name: 'Timrå IK' }, 1, 3, 'B');
    expect(b.row.data.name).toBe('Timrå IK');
    expect(b.conflicts).toEqual([
      { field: 'name', shownValue: 'Timrå IK', otherValue: 'IFK Timrå' },
    ]);
  });

  it('does not raise a conflict when both devices set the same value', () => {
    const base = row({ name: 'IFK' }, { name: 1 });
    const a = mergeMutation(base, { name: 'IFK Timrå' }, 1, 2, 'A');
    const b = mergeMutation(a.row, { name: 'IFK Timrå' }, 1, 3, 'B');
    expect(b.conflicts).toEqual([]);
    expect(b.changed).toBe(false);
  });

  it('never lets a device conflict with its own earlier change', () => {
    const base = row({ name: 'IFK' }, { name: 1 });
    const a1 = mergeMutation(base, { name: 'IFK 1' }, 1, 2, 'A');
    const a2 = mergeMutation(a1.row, { name: 'IFK 2' }, 1, 3, 'A');
    expect(a2.conflicts).toEqual([]);
    expect(a2.row.data.name).toBe('IFK 2');
  });

  it('ignores bookkeeping fields for conflicts', () => {
    const base = row({ name: 'IFK', updatedAt: 't0' }, { name: 1, updatedAt: 1 });
    const a = mergeMutation(base, { updatedAt: 't1' }, 1, 2, 'A');
    const b = mergeMutation(a.row, { updatedAt: 't2' }, 1, 3, 'B');
    expect(b.conflicts).toEqual([]);
  });

  it('treats a delete of a record edited elsewhere as a conflict', () => {
    const base = row({ name: 'IFK', deleted: false }, { name: 1, deleted: 1 });
    const edited = mergeMutation(base, { name: 'IFK Timrå' }, 1, 2, 'A');
    const deleted = mergeMutation(edited.row, { deleted: true }, 1, 3, 'B');
    expect(deleted.row.data.deleted).toBe(true);
    expect(deleted.conflicts).toEqual([{ field: 'deleted', shownValue: true, otherValue: false }]);
  });

  it('treats an edit of a record deleted elsewhere as a conflict and keeps the edit', () => {
    const base = row({ name: 'IFK', deleted: false }, { name: 1, deleted: 1 });
    const deleted = mergeMutation(base, { deleted: true }, 1, 2, 'A');
    const edited = mergeMutation(deleted.row, { name: 'IFK Timrå' }, 1, 3, 'B');
    expect(edited.row.data).toMatchObject({ deleted: true, name: 'IFK Timrå' });
    expect(edited.conflicts).toEqual([{ field: 'deleted', shownValue: true, otherValue: false }]);
  });

  it('restores a deleted record on an undone delete', () => {
    const base = row({ name: 'IFK', deleted: true }, { name: 1, deleted: 2 });
    const restored = mergeMutation(base, { deleted: false }, 2, 3, 'A');
    expect(restored.row.data.deleted).toBe(false);
    expect(restored.conflicts).toEqual([]);
  });

  it('ignores reserved fields', () => {
    const out = mergeMutation(undefined, { id: 'x', version: 99, name: 'IFK' }, 0, 1, 'A');
    expect(out.row.data).toEqual({ name: 'IFK' });
  });
});
