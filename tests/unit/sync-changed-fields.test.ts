import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYNCED_SCHEMAS } from '../../src/shared/schemas';
import { defaultRecords } from '../../src/shared/seed';
import { checkChangedFields, checkMergedRecord } from '../../src/server/sync/validate-mutation';

/** Values a device might send for a field: valid ones of other records and plain junk. */
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 30 }),
  fc.constant('x'.repeat(20_001)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.constant({ id: 'x', text: 'y', due: null, done: false }),
  fc.constant('2025-01-15'),
  fc.constant('2025-01-15T10:00'),
);

describe('the endpoint checks only the fields a push changed on a stored record', () => {
  it('gives the same answer as checking the whole merged record', () => {
    const stored = defaultRecords();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: stored.length - 1 }),
        fc.array(fc.tuple(fc.nat(), junk), { minLength: 1, maxLength: 4 }),
        (index, edits) => {
          const { table, record } = stored[index]!;
          const fields = Object.keys(SYNCED_SCHEMAS[table].shape).filter(
            (f) => f !== 'id' && f !== 'version',
          );
          const changed: Record<string, unknown> = {};
          for (const [pick, value] of edits) changed[fields[pick % fields.length]!] = value;
          const merged = { ...(record as Record<string, unknown>), ...changed };
          expect(checkChangedFields(table, merged, changed)).toBe(checkMergedRecord(table, merged));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a stored record missing a required field, as the whole check does', () => {
    const { table, record } = defaultRecords().find((r) => r.table === 'areas')!;
    const { title: _title, ...withoutTitle } = record as Record<string, unknown>;
    const reason = checkChangedFields(table, withoutTitle, { deleted: false });
    expect(reason).toBe(checkMergedRecord(table, withoutTitle));
    expect(reason).toMatch(/^Ogiltiga värden i areas: .*title/);
  });
});
