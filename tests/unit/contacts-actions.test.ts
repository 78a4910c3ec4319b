import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VarnaDB, ensureDefaults } from '../../src/db';
import { CONTACT_IDS } from '../../src/shared/seed';
import {
  deleteContact,
  markVerifiedToday,
  restoreContact,
  saveContact,
} from '../../src/features/contacts/actions';
import {
  contactToValues,
  emptyContactValues,
  validateContact,
} from '../../src/features/contacts/contact-form';

let db: VarnaDB;

beforeEach(async () => {
  db = new VarnaDB('t-' + crypto.randomUUID());
  await ensureDefaults(db);
});

afterEach(async () => {
  await db.delete();
});

describe('contact form validation', () => {
  it('asks for a role in Swedish and keeps what was typed', () => {
    const values = {
      ...emptyContactValues(),
      organisation: 'Moské i Timrå',
      note: 'Kontakt via föreningen',
    };
    const { errors, changes } = validateContact(values);
    expect(changes).toBeNull();
    expect(errors.fields.role).toBe('Skriv vilken roll kontakten har.');
    expect(values.organisation).toBe('Moské i Timrå');
  });

  it('rejects a phone number with letters and an e-mail without @', () => {
    const values = emptyContactValues();
    values.role = 'Ordförande';
    values.phones[0]!.number = '060-abc';
    values.email = 'ordforande.se';
    const { errors } = validateContact(values);
    expect(errors.phones[values.phones[0]!.key]).toMatch(/siffror, mellanslag och bindestreck/);
    expect(errors.fields.email).toMatch(/hel e-postadress/);
  });

  it('drops an untouched empty phone row but not one with its own label', () => {
    const values = { ...emptyContactValues(), role: 'Imam' };
    expect(validateContact(values).changes?.phones).toEqual([]);
    values.phones = [{ ...values.phones[0]!, label: 'Jour' }];
    expect(validateContact(values).errors.phones[values.phones[0]!.key]).toBe(
      'Skriv numret, eller ta bort raden.',
    );
  });

  it('turns valid input into the record fields, trimmed', () => {
    const values = {
      ...emptyContactValues(),
      role: ' Ordförande ',
      category: 'trossamfund' as const,
    };
    values.phones[0]!.number = ' +46 70 123 45 67 ';
    const { changes } = validateContact(values);
    expect(changes).toMatchObject({
      role: 'Ordförande',
      category: 'trossamfund',
      phones: [{ label: 'Telefon', number: '+46 70 123 45 67' }],
      verifiedAt: null,
      deleted: false,
    });
  });
});

describe('contact writes', () => {
  it('adds a contact with its outbox entry', async () => {
    const values = {
      ...emptyContactValues(),
      role: 'Ordförande',
      organisation: 'Föreningen Gemenskap',
    };
    values.phones[0]!.number = '070-123 45 67';
    const id = await saveContact(db, null, validateContact(values).changes!);
    const row = await db.contacts.get(id);
    expect(row).toMatchObject({ role: 'Ordförande', phones: [{ number: '070-123 45 67' }] });
    const entries = await db.outbox.where('recordId').equals(id).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ table: 'contacts', before: null, status: 'pending' });
  });

  it('edits a default contact: only the changed fields go to the outbox', async () => {
    const id = CONTACT_IDS.rektor;
    const values = contactToValues((await db.contacts.get(id))!);
    values.phones[0] = { key: 'k', label: 'Expedition', number: '060-16 00 00' };
    await saveContact(db, id, validateContact(values).changes!);
    const [entry] = await db.outbox.where('recordId').equals(id).toArray();
    expect(Object.keys(entry!.fields).sort()).toEqual(['phones', 'updatedAt']);
    expect((await db.contacts.get(id))?.phones).toEqual([
      { label: 'Expedition', number: '060-16 00 00' },
    ]);
  });

  it('marks a contact verified today', async () => {
    await markVerifiedToday(db, CONTACT_IDS.sapo, '2026-03-15');
    expect((await db.contacts.get(CONTACT_IDS.sapo))?.verifiedAt).toBe('2026-03-15');
    expect(await db.outbox.where('recordId').equals(CONTACT_IDS.sapo).count()).toBe(1);
  });

  it('deletes as a tombstone that syncs, and undo restores it', async () => {
    const id = CONTACT_IDS.region;
    await deleteContact(db, id);
    expect((await db.contacts.get(id))?.deleted).toBe(true);
    await restoreContact(db, id);
    expect((await db.contacts.get(id))?.deleted).toBe(false);
    const entries = await db.outbox.where('recordId').equals(id).sortBy('seq');
    expect(entries.map((e) => e.fields.deleted)).toEqual([true, false]);
  });
});
