import type { Contact } from '../../shared/schemas';
import { buildVCard, vcardFileName } from '../../lib/vcard';
import { sv } from '../../lib/strings/for/contacts';

/** The vCard text of one contact: the role is the title, the name (if any) or role the display name. */
export function contactVCard(contact: Contact): string {
  return buildVCard({
    uid: contact.id,
    fullName: contact.name || contact.role,
    name: contact.name,
    organisation: contact.organisation,
    title: contact.role,
    phones: contact.phones,
    email: contact.email,
    note: contact.note,
    categories: [sv.contacts.categories[contact.category]],
  });
}

/** Saves the contact as a `.vcf` file (works offline: the file is made on the device). */
export function downloadVCard(contact: Contact): void {
  const blob = new Blob([contactVCard(contact)], { type: 'text/vcard;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = vcardFileName(contact.name || contact.role);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
