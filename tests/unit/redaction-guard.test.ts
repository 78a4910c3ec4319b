import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeMutation, type StoredRow } from '../../src/shared/sync/merge';
import { fieldsRedactedAfterBase } from '../../src/shared/sync/redaction-guard';

const FIELDS = ['summary', 'topics', 'note'] as const;
const value = fc.oneof(
  fc.constantFrom('a', 'b', '[borttaget]'),
  fc.array(fc.constantFrom('x', 'y')),
);

/** A stored row with a value, a version and possibly a redaction mark per field. */
const storedRow = fc
  .record({
    data: fc.record({ summary: value, topics: value, note: value }),
    versions: fc.record({
      summary: fc.nat(20),
      topics: fc.nat(20),
      note: fc.nat(20),
    }),
    marks: fc.dictionary(fc.constantFrom(...FIELDS), fc.integer({ min: 1, max: 20 })),
  })
  .map(({ data, versions, marks }): StoredRow => ({
    data,
    fieldVersions: versions,
    ...(Object.keys(marks).length > 0 ? { fieldRedactions: marks } : {}),
    version: Math.max(0, ...Object.values(versions)),
  }));
const changes = fc.dictionary(fc.constantFrom(...FIELDS, 'id', 'version'), value);

describe('fieldsRedactedAfterBase (a change on an older version may carry a removed text back)', () => {
  it('names exactly the fields the change would alter whose redaction is newer than its base', () => {
    fc.assert(
      fc.property(storedRow, changes, fc.nat(25), (row, fields, base) => {
        const refused = fieldsRedactedAfterBase(row, fields, base);
        const expected = FIELDS.filter(
          (f) =>
            f in fields &&
            (row.fieldRedactions?.[f] ?? 0) > base &&
            JSON.stringify(fields[f]) !== JSON.stringify(row.data[f]),
        );
        expect(refused.sort()).toEqual([...expected].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('refuses nothing made on the redacted version or later, nor anything for a new record', () => {
    fc.assert(
      fc.property(storedRow, changes, fc.nat(5), (row, fields, extra) => {
        const latest = Math.max(0, ...Object.values(row.fieldRedactions ?? {}));
        expect(fieldsRedactedAfterBase(row, fields, latest + extra)).toEqual([]);
        expect(fieldsRedactedAfterBase(undefined, fields, 0)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the marks through a merge, so a later change of the same push is checked too', () => {
    fc.assert(
      fc.property(storedRow, changes, fc.nat(25), (row, fields, base) => {
        const merged = mergeMutation(row, fields, base, 30, 'device').row;
        expect(merged.fieldRedactions).toEqual(row.fieldRedactions);
      }),
      { numRuns: 200 },
    );
  });
});
