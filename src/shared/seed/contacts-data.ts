import { stableId } from '../ids';
import type { Contact, ContactCategory, Phone } from '../schemas';
import { SEED_UPDATED_AT } from './plan-data';

/**
 * Default contacts: role-based, with no personal names. Phone numbers are given only where they are
 * public and certain (112, 114 14, and Timrå kommun's switchboard printed in the plan document);
 * the office fills in the rest and marks each contact verified.
 */

export const CONTACT_KEYS = [
  'sos-112',
  'polis-11414',
  'vaxel',
  'kontaktperson',
  'rektor',
  'elevhalsan',
  'socialtjansten',
  'rth',
  'lansstyrelsen',
  'region',
  'cve',
  'sapo',
] as const;
export type ContactKey = (typeof CONTACT_KEYS)[number];

export const contactId = (key: ContactKey): string => stableId('seed', 'contact', key);

export const CONTACT_IDS: Readonly<Record<ContactKey, string>> = Object.fromEntries(
  CONTACT_KEYS.map((key) => [key, contactId(key)]),
) as Record<ContactKey, string>;

interface ContactInput {
  role: string;
  organisation: string;
  category: ContactCategory;
  phones?: Phone[];
  note?: string;
}

const contact = (key: ContactKey, input: ContactInput): Contact => ({
  id: CONTACT_IDS[key],
  version: 0,
  deleted: false,
  updatedAt: SEED_UPDATED_AT,
  role: input.role,
  organisation: input.organisation,
  name: '',
  phones: input.phones ?? [],
  email: '',
  category: input.category,
  note: input.note ?? '',
  verifiedAt: null,
});

const TIMRA = 'Timrå kommun';

export const DEFAULT_CONTACTS: Contact[] = [
  contact('sos-112', {
    role: 'SOS Alarm – akut fara',
    organisation: 'SOS Alarm',
    category: 'akut',
    phones: [{ label: 'Telefon', number: '112' }],
    note: 'Ring 112 vid akut fara för liv, hälsa eller egendom, eller när ett brott pågår.',
  }),
  contact('polis-11414', {
    role: 'Polisen – ej akut',
    organisation: 'Polismyndigheten',
    category: 'polis',
    phones: [{ label: 'Telefon', number: '114 14' }],
    note: 'För brott eller fara som inte är akut, t.ex. hot eller tips. Vid akut fara: ring 112.',
  }),
  contact('vaxel', {
    role: 'Växel',
    organisation: TIMRA,
    category: 'kommunen',
    phones: [{ label: 'Telefon', number: '060-16 31 00' }],
    note: 'Kommunens växel. Via växeln nås socialtjänsten och kommunens kontaktperson.',
  }),
  contact('kontaktperson', {
    role: 'Kommunens kontaktperson – Utvecklingsstrateg för trygghet och hälsa',
    organisation: TIMRA,
    category: 'kommunen',
    note: 'Nås via växeln.',
  }),
  contact('rektor', {
    role: 'Rektor på skolan',
    organisation: TIMRA,
    category: 'kommunen',
    note: 'Informeras först när oro uppstår i skolan.',
  }),
  contact('elevhalsan', {
    role: 'Elevhälsan',
    organisation: TIMRA,
    category: 'kommunen',
    note: 'Skolsköterska, kurator, skolpsykolog m.fl. Nås via skolan eller växeln.',
  }),
  contact('socialtjansten', {
    role: 'Socialtjänsten',
    organisation: TIMRA,
    category: 'kommunen',
    note:
      'Nås via växeln. Du kan rådgöra anonymt, utan att nämna namn, om du är osäker på hur oron ska ' +
      'bedömas. Vid oro för att ett barn far illa eller behöver skydd eller stöd görs en orosanmälan.',
  }),
  contact('rth', {
    role: 'Rådet för trygghet och hälsa (RTH)',
    organisation: TIMRA,
    category: 'kommunen',
    note: 'Styrgrupp för arbetet med att värna demokratin och motverka våldsbejakande extremism.',
  }),
  contact('lansstyrelsen', {
    role: 'Länsstyrelsen Västernorrland',
    organisation: 'Länsstyrelsen Västernorrland',
    category: 'lansstyrelse',
    note: 'Regionalt stöd till kommunen i arbetet mot våldsbejakande extremism.',
  }),
  contact('region', {
    role: 'Region Västernorrland',
    organisation: 'Region Västernorrland',
    category: 'region',
    note: 'Samverkanspart (i planen: Landstinget), t.ex. hälso- och sjukvård och psykiatri.',
  }),
  contact('cve', {
    role: 'Center mot våldsbejakande extremism (CVE)',
    organisation: 'Brottsförebyggande rådet (Brå)',
    category: 'cve',
    note:
      'CVE ger råd och stöd till yrkesverksamma, t.ex. i kommunen, som möter personer som kan vara på ' +
      'väg in i eller vill lämna våldsbejakande extremism.',
  }),
  contact('sapo', {
    role: 'Säkerhetspolisen',
    organisation: 'Säkerhetspolisen',
    category: 'sapo',
    note: 'Nationellt stöd enligt planen. Vid akut fara: ring 112.',
  }),
];
