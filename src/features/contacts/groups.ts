import type { Contact, ContactCategory } from '../../shared/schemas';
import { collator } from '../../lib/dates';
import { sv } from '../../lib/strings/for/contacts';

export type GroupKey = keyof typeof sv.contacts.groups;

/** How categories are shown: in this order, under these headings. */
export const CATEGORY_GROUPS: ReadonlyArray<{ key: GroupKey; categories: ContactCategory[] }> = [
  { key: 'akut', categories: ['akut'] },
  { key: 'kommunen', categories: ['kommunen'] },
  { key: 'samverkan', categories: ['polis', 'region', 'lansstyrelse'] },
  { key: 'nationellt', categories: ['cve', 'sapo'] },
  { key: 'trossamfund', categories: ['trossamfund'] },
];

export interface CategorySection {
  category: ContactCategory;
  title: string;
  contacts: Contact[];
}

export interface ContactGroup {
  key: GroupKey;
  title: string;
  /** True when the group holds several categories, each shown under its own subheading. */
  hasSubheadings: boolean;
  sections: CategorySection[];
}

/** Sorts by role, then organisation, with Swedish collation (å, ä, ö after z). */
export function compareContacts(a: Contact, b: Contact): number {
  return collator.compare(a.role, b.role) || collator.compare(a.organisation, b.organisation);
}

/** Groups contacts under their category headings; empty groups and sections are left out. */
export function groupContacts(contacts: readonly Contact[]): ContactGroup[] {
  return CATEGORY_GROUPS.map(({ key, categories }) => ({
    key,
    title: sv.contacts.groups[key],
    hasSubheadings: categories.length > 1,
    sections: categories
      .map((category) => ({
        category,
        title: sv.contacts.categories[category],
        contacts: contacts.filter((c) => c.category === category).sort(compareContacts),
      }))
      .filter((section) => section.contacts.length > 0),
  })).filter((group) => group.sections.length > 0);
}
