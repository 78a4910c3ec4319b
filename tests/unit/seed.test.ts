import { describe, it, expect } from 'vitest';
import { SYNCED_SCHEMAS } from '../../src/shared/schemas';
import {
  DEFAULT_ACTIVITIES,
  DEFAULT_AREAS,
  DEFAULT_CONTACTS,
  DEFAULT_INTERVENTIONS,
  DEFAULT_ROUTINE_INFO,
  DEFAULT_ROUTINE_STEPS,
  DIALOG_ACTIVITY_ID,
  PLAN_INTRO,
  ROUTINE_INFO_ID,
  SEED_REVISION,
  defaultRecords,
} from '../../src/shared/seed';

describe('default data (seed)', () => {
  const records = defaultRecords();

  it('lists every default record once', () => {
    const expected =
      DEFAULT_AREAS.length +
      DEFAULT_ACTIVITIES.length +
      DEFAULT_INTERVENTIONS.length +
      DEFAULT_CONTACTS.length +
      DEFAULT_ROUTINE_STEPS.length +
      1;
    expect(records).toHaveLength(expected);
    expect(SEED_REVISION).toBe(1);
  });

  it('parses every record with its table schema', () => {
    for (const { table, record } of records) {
      const result = SYNCED_SCHEMAS[table].safeParse(record);
      expect(result.success, `${table} ${record.id}: ${JSON.stringify(result.error?.issues)}`).toBe(
        true,
      );
    }
  });

  it('has unique ids', () => {
    const ids = records.map(({ record }) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stores every record at version 0, not deleted', () => {
    for (const { record } of records) {
      expect(record.version).toBe(0);
      expect(record.deleted).toBe(false);
    }
  });

  it('gives the same ids on every call (deterministic)', () => {
    const again = defaultRecords().map(({ record }) => record.id);
    expect(again).toEqual(records.map(({ record }) => record.id));
  });

  it('links every activity to an existing area, ordered 1..n within its area', () => {
    const areaIds = new Set(DEFAULT_AREAS.map((a) => a.id));
    for (const activity of DEFAULT_ACTIVITIES) {
      expect(areaIds.has(activity.areaId)).toBe(true);
    }
    for (const area of DEFAULT_AREAS) {
      const orders = DEFAULT_ACTIVITIES.filter((a) => a.areaId === area.id).map((a) => a.order);
      expect(orders.length).toBeGreaterThan(0);
      expect(orders).toEqual(orders.map((_, i) => i + 1));
    }
  });

  it('links every routine step to existing contacts', () => {
    const contactIds = new Set(DEFAULT_CONTACTS.map((c) => c.id));
    for (const step of DEFAULT_ROUTINE_STEPS) {
      expect(step.contactIds.length).toBeGreaterThan(0);
      for (const id of step.contactIds) expect(contactIds.has(id)).toBe(true);
    }
  });

  it('has the eight areas of the plan, in order', () => {
    expect(DEFAULT_AREAS.map((a) => a.title)).toEqual([
      'Styrgrupp',
      'Kommunens kontaktperson',
      'Intern information',
      'Extern information',
      'Lägesbild',
      'Utbildning',
      'Dialog med trossamfund och föreningar',
      'Insatser på tre preventionsnivåer',
    ]);
  });

  it('routine reaches 112, 114 14 and the switchboard 060-16 31 00', () => {
    const byId = new Map(DEFAULT_CONTACTS.map((c) => [c.id, c]));
    const numbers = new Set(
      DEFAULT_ROUTINE_STEPS.flatMap((step) =>
        step.contactIds.flatMap((id) => byId.get(id)?.phones.map((p) => p.number) ?? []),
      ),
    );
    expect(numbers.has('112')).toBe(true);
    expect(numbers.has('114 14')).toBe(true);
    expect(numbers.has('060-16 31 00')).toBe(true);
  });

  it('exports the ids other code needs', () => {
    const dialog = DEFAULT_ACTIVITIES.find((a) => a.id === DIALOG_ACTIVITY_ID);
    expect(dialog?.what).toMatch(/Planering och genomförande av dialog/);
    expect(dialog?.measure).toBe('dialogs');
    expect(DEFAULT_ROUTINE_INFO.id).toBe(ROUTINE_INFO_ID);
  });

  it('has one intervention per prevention level', () => {
    expect(DEFAULT_INTERVENTIONS.map((i) => i.level)).toEqual([
      'generell',
      'specifik',
      'indikativ',
      'rehabiliterande',
    ]);
  });

  it('has no PDF hyphenation artefacts left in the texts', () => {
    const texts = [
      PLAN_INTRO.purpose,
      ...DEFAULT_AREAS.map((a) => a.description),
      ...DEFAULT_ACTIVITIES.flatMap((a) => [a.what, a.indicator, a.actors, a.comment]),
    ].join('\n');
    expect(texts).not.toMatch(/vålds-bejak|våldsbejak-|kunskapsinhämt-|intra-nät|social-tjänst/);
    expect(texts).not.toMatch(/välfärdsbokslu t/);
  });
});
