import type { Contact } from '../../shared/schemas';
import { foldForSearch } from '../../lib/dates';

/** The text a contact is found by: role, organisation, name and note, folded. */
function haystack(contact: Contact): string {
  return foldForSearch([contact.role, contact.organisation, contact.name, contact.note].join('\n'));
}

/**
 * Contacts matching every word of the query, ignoring case and accents ("sakerhetspolisen" finds
 * "Säkerhetspolisen"). An empty query matches all.
 */
export function filterContacts(contacts: readonly Contact[], query: string): Contact[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...contacts];
  return contacts.filter((contact) => {
    const text = haystack(contact);
    return words.every((word) => text.includes(word));
  });
}
