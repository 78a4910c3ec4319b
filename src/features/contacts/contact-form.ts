import type { Contact, ContactCategory } from '../../shared/schemas';
import { LIMITS, phoneSchema } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/contacts';

/** One phone row of the form; `key` only keeps React's list stable while rows are added and removed. */
export interface PhoneRow {
  key: string;
  label: string;
  number: string;
}

/** Everything the contact form holds, as typed (kept as is when validation fails). */
export interface ContactFormValues {
  role: string;
  organisation: string;
  name: string;
  category: ContactCategory;
  phones: PhoneRow[];
  email: string;
  note: string;
  verifiedAt: string;
}

type TextField = 'role' | 'organisation' | 'name' | 'email' | 'note' | 'verifiedAt';
export interface ContactFormErrors {
  fields: Partial<Record<TextField, string>>;
  /** Errors per phone row, by row key. */
  phones: Record<string, string>;
  any: boolean;
}

/** The fields a save writes (the record's content; id, version and updatedAt are the store's). */
export type ContactChanges = Omit<Contact, 'id' | 'version' | 'updatedAt'>;

let rowCounter = 0;
export const newPhoneRow = (label: string = sv.contacts.form.defaultPhoneLabel): PhoneRow => ({
  key: `phone-${++rowCounter}`,
  label,
  number: '',
});

export function emptyContactValues(): ContactFormValues {
  return {
    role: '',
    organisation: '',
    name: '',
    category: 'kommunen',
    phones: [newPhoneRow()],
    email: '',
    note: '',
    verifiedAt: '',
  };
}

export function contactToValues(contact: Contact): ContactFormValues {
  return {
    role: contact.role,
    organisation: contact.organisation,
    name: contact.name,
    category: contact.category,
    phones: contact.phones.map((p) => ({ ...newPhoneRow(p.label), number: p.number })),
    email: contact.email,
    note: contact.note,
    verifiedAt: contact.verifiedAt ?? '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const isValidDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

function phoneError(row: PhoneRow): string | null {
  const number = row.number.trim();
  if (!number) {
    // An untouched row is dropped on save; a row with its own label was meant to hold a number.
    const label = row.label.trim();
    return !label || label === sv.contacts.form.defaultPhoneLabel
      ? null
      : sv.contacts.errors.phoneMissing;
  }
  if (number.length > 40) return sv.contacts.errors.phoneTooLong;
  if (row.label.trim().length > LIMITS.shortText) return sv.errors.tooLong(LIMITS.shortText);
  return phoneSchema.safeParse({ label: row.label.trim(), number }).success
    ? null
    : sv.contacts.errors.phone;
}

/**
 * Checks the form in Swedish, field by field. Returns the record's fields when valid; otherwise
 * only errors, so the caller keeps every typed value on screen. Empty phone rows are dropped.
 */
export function validateContact(values: ContactFormValues): {
  errors: ContactFormErrors;
  changes: ContactChanges | null;
} {
  const fields: ContactFormErrors['fields'] = {};
  const tooLong = sv.errors.tooLong;
  const short = (key: TextField) => {
    if (values[key].trim().length > LIMITS.shortText) fields[key] = tooLong(LIMITS.shortText);
  };
  if (!values.role.trim()) fields.role = sv.contacts.errors.role;
  (['role', 'organisation', 'name', 'email'] as const).forEach(short);
  if (values.note.length > LIMITS.longText) fields.note = tooLong(LIMITS.longText);
  if (values.email.trim() && !fields.email && !EMAIL.test(values.email.trim())) {
    fields.email = sv.contacts.errors.email;
  }
  if (values.verifiedAt && !isValidDate(values.verifiedAt))
    fields.verifiedAt = sv.contacts.errors.date;
  const phones: Record<string, string> = {};
  for (const row of values.phones) {
    const error = phoneError(row);
    if (error) phones[row.key] = error;
  }
  const kept = values.phones.filter((row) => row.number.trim());
  if (kept.length > 10) {
    const last = kept[kept.length - 1];
    if (last) phones[last.key] = sv.contacts.errors.tooManyPhones;
  }
  const any = Object.keys(fields).length > 0 || Object.keys(phones).length > 0;
  if (any) return { errors: { fields, phones, any }, changes: null };
  return {
    errors: { fields, phones, any },
    changes: {
      deleted: false,
      role: values.role.trim(),
      organisation: values.organisation.trim(),
      name: values.name.trim(),
      category: values.category,
      phones: kept.map((row) => ({
        label: row.label.trim() || sv.contacts.form.defaultPhoneLabel,
        number: row.number.trim(),
      })),
      email: values.email.trim(),
      note: values.note.trim(),
      verifiedAt: values.verifiedAt || null,
    },
  };
}
