import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  VarnaDB,
  compactAll,
  createRecord,
  deleteRecord,
  restoreRecord,
  writeRecord,
} from '../../src/db';
import { readLogSummary } from '../../src/features/report/read-report';
import { summarizeLog, type LogSummary } from '../../src/shared/report';
import { LOG_KINDS, type LogEntry } from '../../src/shared/schemas';
import { entry } from './report-fixture';

/**
 * The report counts the log from its facts (src/db/log-facts*.ts), kept by a middleware in the
 * same transaction as every log write. Whatever writes the log — the repositories, a pull's
 * bulkPut, a failed add, a restore's clear and bulkAdd, compaction at any point — the report's
 * figures must equal counting the stored entries themselves.
 */
// 'e\n7' and 'e\\n7': ids are any short string (only crafted ones hold a newline or a backslash),
// and a bucket must still tell them apart.
const IDS = ['e1', 'e2', 'e3', 'e4', 'e5', 'e\n7', 'e\\n7'];

const arbitraryEntry = fc
  .record({
    id: fc.constantFrom(...IDS),
    kind: fc.constantFrom(...LOG_KINDS),
    year: fc.constantFrom(2025, 2026, 2027),
    month: fc.integer({ min: 1, max: 12 }),
    organisationIds: fc.subarray(['o1', 'o2', 'o3']),
    networkLevel: fc.constantFrom(null, 'regional' as const, 'nationell' as const),
    trainingType: fc.constantFrom(null, 'grund' as const, 'riktad' as const),
    preventionLevel: fc.constantFrom(null, 'generell' as const, 'specifik' as const),
    interventionCount: fc.option(fc.integer({ min: 0, max: 9 })),
  })
  .map(({ id, year, month, kind, ...rest }) =>
    entry(id, kind, `${year}-${String(month).padStart(2, '0')}-15T10:00`, rest),
  );

type Op =
  | { op: 'write' | 'create' | 'pull' | 'add'; row: LogEntry }
  | { op: 'delete' | 'restore'; id: string }
  | { op: 'restoreBackup' | 'compact' };

const arbitraryOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constantFrom('write', 'create', 'pull', 'add'),
    row: arbitraryEntry,
  }) as fc.Arbitrary<Op>,
  fc.record({
    op: fc.constantFrom('delete', 'restore'),
    id: fc.constantFrom(...IDS),
  }) as fc.Arbitrary<Op>,
  fc.record({ op: fc.constantFrom('restoreBackup', 'compact') }) as fc.Arbitrary<Op>,
);

async function apply(db: VarnaDB, step: Op): Promise<void> {
  switch (step.op) {
    case 'write': {
      const { id, version: _v, ...fields } = step.row;
      await writeRecord(db, 'logEntries', id, fields);
      return;
    }
    case 'create': {
      // The one-round create (an id that exists is written the ordinary way instead).
      const { id, version: _v, ...fields } = step.row;
      await createRecord(db, 'logEntries', id, fields);
      return;
    }
    case 'pull': // as a pull page stores the server's rows
      await db.transaction('rw', db.logEntries, db.meta, () => db.logEntries.bulkPut([step.row]));
      return;
    case 'add': // an add of an id that may exist: the failure is caught, the transaction goes on
      await db.transaction('rw', db.logEntries, () =>
        db.logEntries.add(step.row).catch(() => undefined),
      );
      return;
    case 'delete':
    case 'restore':
      if (await db.logEntries.get(step.id))
        await (step.op === 'delete' ? deleteRecord : restoreRecord)(db, 'logEntries', step.id);
      return;
    case 'restoreBackup': {
      const rows = await db.logEntries.toArray();
      await db.transaction('rw', db.logEntries, async () => {
        await db.logEntries.clear();
        await db.logEntries.bulkAdd(rows);
      });
      return;
    }
    case 'compact':
      await compactAll(db);
  }
}

/** A summary with its dialog groups in one order (the report sorts them; read order may differ). */
const normalized = (summary: LogSummary) => ({
  ...summary,
  dialogGroups: [...summary.dialogGroups].sort((a, b) =>
    a.organisationIds.join().localeCompare(b.organisationIds.join()),
  ),
});

const open: VarnaDB[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('log facts', () => {
  it('give the figures of the stored log after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryOp, { maxLength: 25 }), async (ops) => {
        const db = new VarnaDB(`t-${crypto.randomUUID()}`);
        open.push(db);
        for (const step of ops) await apply(db, step);
        const stored = await db.logEntries.toArray();
        for (const year of [2026, 2027])
          expect(normalized(await readLogSummary(db, year))).toEqual(
            normalized(summarizeLog(stored, year)),
          );
        await compactAll(db);
        expect(await db.logLoose.count()).toBe(0);
        expect(normalized(await readLogSummary(db, 2026))).toEqual(
          normalized(summarizeLog(stored, 2026)),
        );
        await db.delete();
      }),
      { numRuns: 60 },
    );
  });

  it('keep the stored entry’s fact when an add of its id fails', async () => {
    const db = new VarnaDB(`t-${crypto.randomUUID()}`);
    open.push(db);
    await db.logEntries.put(entry('e1', 'dialog', '2026-03-01T10:00', { organisationIds: ['o1'] }));
    await compactAll(db);
    await expect(db.logEntries.add(entry('e1', 'network', '2026-04-01T10:00'))).rejects.toThrow();
    const summary = await readLogSummary(db, 2026);
    expect(summary.dialogCount).toBe(1);
    expect(summary.dialogsByMonth[2]).toBe(1);
    expect(summary.indicators).toEqual(
      summarizeLog(await db.logEntries.toArray(), 2026).indicators,
    );
  });

  it('tell apart ids holding a newline or a backslash once folded into a bucket', async () => {
    const db = new VarnaDB(`t-${crypto.randomUUID()}`);
    open.push(db);
    const ids = ['e1', 'e\n7', 'e\\n7', 'e\\\n7'];
    await db.logEntries.bulkPut(ids.map((id) => entry(id, 'dialog', '2026-05-01T10:00')));
    await compactAll(db);
    await db.logEntries.delete('e\n7');
    await db.logEntries.put(entry('e\\n7', 'network', '2026-06-01T10:00'));
    const stored = await db.logEntries.toArray();
    expect(normalized(await readLogSummary(db, 2026))).toEqual(
      normalized(summarizeLog(stored, 2026)),
    );
    expect((await readLogSummary(db, 2026)).dialogCount).toBe(2);
  });

  it('are folded in after many writes, off the write path', async () => {
    const db = new VarnaDB(`t-${crypto.randomUUID()}`);
    open.push(db);
    const rows = Array.from({ length: 1200 }, (_, i) =>
      entry(`p${i}`, 'dialog', `2026-0${1 + (i % 9)}-10T10:00`, { organisationIds: ['o1'] }),
    );
    await db.logEntries.bulkPut(rows);
    // One loose batch for the one write, not one row per entry.
    expect(await db.logLoose.count()).toBe(1);
    await expect.poll(() => db.logLoose.count(), { timeout: 5000 }).toBe(0);
    expect(
      (await db.logFacts.toArray()).reduce((n, b) => n + (b.ids ? b.ids.split('\n').length : 0), 0),
    ).toBe(1200);
    expect((await readLogSummary(db, 2026)).dialogCount).toBe(1200);
  });
});
