import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTACTS } from '../../src/shared/seed';
import type { Contact } from '../../src/shared/schemas';
import { filterContacts } from '../../src/features/contacts/search';
import { groupContacts } from '../../src/features/contacts/groups';

const roles = (contacts: Contact[]) => contacts.map((c) => c.role);

describe('contact search', () => {
  it('finds Säkerhetspolisen typed without accents', () => {
    expect(roles(filterContacts(DEFAULT_CONTACTS, 'sakerhetspolisen'))).toEqual([
      'Säkerhetspolisen',
    ]);
  });

  it('finds Säkerhetspolisen typed with accents and in any case', () => {
    expect(roles(filterContacts(DEFAULT_CONTACTS, 'Säkerhetspolisen'))).toEqual([
      'Säkerhetspolisen',
    ]);
    expect(roles(filterContacts(DEFAULT_CONTACTS, 'SÄKERHETSPOLISEN'))).toEqual([
      'Säkerhetspolisen',
    ]);
  });

  it('matches the role, the organisation, the name and the note', () => {
    const named: Contact = { ...DEFAULT_CONTACTS[4]!, id: 'x', name: 'Åsa Öberg' };
    const list = [...DEFAULT_CONTACTS, named];
    expect(roles(filterContacts(list, 'asa oberg'))).toEqual([named.role]);
    expect(roles(filterContacts(list, 'brottsforebyggande'))).toEqual([
      'Center mot våldsbejakande extremism (CVE)',
    ]);
    // "anonymt" appears only in the note of Socialtjänsten.
    expect(roles(filterContacts(list, 'anonymt'))).toEqual(['Socialtjänsten']);
  });

  it('needs every word of the query, in any order', () => {
    expect(roles(filterContacts(DEFAULT_CONTACTS, 'akut polisen ej'))).toEqual([
      'Polisen – ej akut',
    ]);
  });

  it('returns every contact for an empty query and none for a miss', () => {
    expect(filterContacts(DEFAULT_CONTACTS, '  ')).toHaveLength(DEFAULT_CONTACTS.length);
    expect(filterContacts(DEFAULT_CONTACTS, 'finns-inte')).toEqual([]);
  });
});

describe('contact groups', () => {
  it('shows the categories under Swedish headings in a fixed order', () => {
    const groups = groupContacts(DEFAULT_CONTACTS);
    expect(groups.map((g) => g.title)).toEqual(['Akut', 'Kommunen', 'Samverkan', 'Nationellt']);
    const samverkan = groups.find((g) => g.key === 'samverkan')!;
    expect(samverkan.sections.map((s) => s.title)).toEqual(['Polis', 'Region', 'Länsstyrelsen']);
    const nationellt = groups.find((g) => g.key === 'nationellt')!;
    expect(nationellt.sections.map((s) => s.title)).toEqual(['CVE', 'Säkerhetspolisen']);
  });

  it('adds "Trossamfund och föreningar" once such a contact exists', () => {
    const mosque: Contact = {
      ...DEFAULT_CONTACTS[0]!,
      id: 'm',
      role: 'Ordförande',
      category: 'trossamfund',
    };
    const groups = groupContacts([...DEFAULT_CONTACTS, mosque]);
    expect(groups.at(-1)?.title).toBe('Trossamfund och föreningar');
  });

  it('sorts each category by role with Swedish collation', () => {
    const base = DEFAULT_CONTACTS[1]!;
    const list = ['Överste', 'Ärende', 'Zeta', 'Alfa'].map((role, i) => ({
      ...base,
      id: `${i}`,
      role,
    }));
    const [group] = groupContacts(list);
    expect(group?.sections[0]?.contacts.map((c) => c.role)).toEqual([
      'Alfa',
      'Zeta',
      'Ärende',
      'Överste',
    ]);
  });
});
