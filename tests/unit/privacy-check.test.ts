import { describe, expect, it } from 'vitest';
import { checkPrivacy, luhnValid, type PrivacyHit } from '../../src/shared/privacy/privacy-check';

/** Text → the hits the check must report (kind and the text found), in order. */
const TABLE: Array<[string, PrivacyHit[]]> = [
  // Personal identity numbers: valid checksum, every written form.
  ['811218-9876', [{ kind: 'personnummer', match: '811218-9876' }]],
  ['Pnr 8112189876.', [{ kind: 'personnummer', match: '8112189876' }]],
  ['19811218-9876', [{ kind: 'personnummer', match: '19811218-9876' }]],
  ['född 198112189876', [{ kind: 'personnummer', match: '198112189876' }]],
  ['811218+9876', [{ kind: 'personnummer', match: '811218+9876' }]],
  ['121212-1212', [{ kind: 'personnummer', match: '121212-1212' }]],
  // A coordination number (day + 60) counts too.
  ['701063-2391', [{ kind: 'personnummer', match: '701063-2391' }]],
  // Born in the 2000s: starts with 0, reported as a personnummer, not also as a phone number.
  ['050101-1233', [{ kind: 'personnummer', match: '050101-1233' }]],
  // …with a wrong checksum it is still a ten-digit number starting with 0, i.e. phone-like.
  ['050101-1235', [{ kind: 'phone', match: '050101-1235' }]],
  // Wrong checksum, impossible month, wrong length, a century with a plus sign: not a personnummer.
  ['811218-9875', []],
  ['19811218-9875', []],
  ['811318-9876', []],
  ['81121-89876', []],
  ['19811218+9876', []],
  ['1234567890123', []],
  // Phone numbers.
  ['Ring 070-123 45 67', [{ kind: 'phone', match: '070-123 45 67' }]],
  ['0701234567', [{ kind: 'phone', match: '0701234567' }]],
  ['+46 70 123 45 67', [{ kind: 'phone', match: '+46 70 123 45 67' }]],
  ['0046701234567', [{ kind: 'phone', match: '0046701234567' }]],
  ['växel 08-123 456 78', [{ kind: 'phone', match: '08-123 456 78' }]],
  ['060-12 34 56', [{ kind: 'phone', match: '060-12 34 56' }]],
  // E-mail addresses.
  ['anna.svensson@example.se', [{ kind: 'email', match: 'anna.svensson@example.se' }]],
  ['skriv till info@församlingen.se!', [{ kind: 'email', match: 'info@församlingen.se' }]],
  // Ordinary text of a meeting note: nothing.
  ['Mötet 2024-05-06 kl 18.00 med 12 deltagare, 3 ledare.', []],
  ['Samtal om lokaler och trygghet i Timrå. Nästa möte i vecka 42.', []],
  ['Budget 100 000 kr, 25 % av 2025', []],
  ['info @ example', []],
  ['', []],
  // Several in one text, in order of appearance.
  [
    'Ring 070-1234567 eller mejla a.b@c.se, pnr 811218-9876',
    [
      { kind: 'phone', match: '070-1234567' },
      { kind: 'email', match: 'a.b@c.se' },
      { kind: 'personnummer', match: '811218-9876' },
    ],
  ],
];

/** The register's organisation names for the name cases below. */
const REGISTER = ['Svenska kyrkan', 'Röda Korset', 'Timrå IK', 'Stiftelsen Anna Lindh'];

/** Likely personal names: text → hits, with the register above. */
const NAMES: Array<[string, PrivacyHit[]]> = [
  // A known given name and a capitalised last name, anywhere in a sentence.
  ['Träffade Anna Svensson från församlingen.', [{ kind: 'name', match: 'Anna Svensson' }]],
  ['Anna Svensson ringde efter mötet.', [{ kind: 'name', match: 'Anna Svensson' }]],
  // Hyphenated first and last names, å/ä/ö.
  [
    'Anna-Karin Öberg och Åsa Ängström deltog.',
    [
      { kind: 'name', match: 'Anna-Karin Öberg' },
      { kind: 'name', match: 'Åsa Ängström' },
    ],
  ],
  ['Lena Svensson-Ali kom.', [{ kind: 'name', match: 'Lena Svensson-Ali' }]],
  [
    'Björn Ödmark, Jörgen Åkesson',
    [
      { kind: 'name', match: 'Björn Ödmark' },
      { kind: 'name', match: 'Jörgen Åkesson' },
    ],
  ],
  // Names of Arabic, Somali, Persian and Bosnian origin; a middle name; particles.
  [
    'Ahmed Ali och Fadumo Abdi från föreningen.',
    [
      { kind: 'name', match: 'Ahmed Ali' },
      { kind: 'name', match: 'Fadumo Abdi' },
    ],
  ],
  [
    'Samtal med Shirin Rezaei och Emir Hodžić.',
    [
      { kind: 'name', match: 'Shirin Rezaei' },
      { kind: 'name', match: 'Emir Hodžić' },
    ],
  ],
  ['Anna Maria Svensson kom.', [{ kind: 'name', match: 'Anna Maria Svensson' }]],
  ['Carl von Linné', [{ kind: 'name', match: 'Carl von Linné' }]],
  // A role title before the name: the name is still reported.
  ['Rektor Per Karlsson på Timrå gymnasium.', [{ kind: 'name', match: 'Per Karlsson' }]],
  // Organisations of the register, and organisations and places in general: nothing.
  ['Mötet med Svenska kyrkan och Röda Korset gick bra.', []],
  ['Timrå IK och Sundsvalls kommun var med.', []],
  ['Stiftelsen Anna Lindh ordnade mötet.', []],
  ['Vi pratade om Islamiska Förbundet och Studieförbundet Vuxenskolan.', []],
  ['Gustav Adolfs församling bjöd in.', []],
  ['Maria Magdalena församling hade öppet hus.', []],
  ['Anna Svenssons minnesfond delade ut stipendier.', []],
  // Sentence starts, a given name alone, a title and one name, capitals across lines: nothing.
  ['Per capita ökade. Nästa Möte hålls i Timrå.', []],
  ['Anna svarade. Svensson kom sen.', []],
  ['Samtal med Imam Hassan om lokalen.', []],
  ['Ali\nKarlsson', []],
  ['KONTAKT ANNA SVENSSON', []],
  // A name inside an e-mail address is reported once, as the address.
  ['Anna.Svensson@example.se', [{ kind: 'email', match: 'Anna.Svensson@example.se' }]],
  // Several kinds in one text.
  [
    'Ring Sara Lind på 070-123 45 67',
    [
      { kind: 'name', match: 'Sara Lind' },
      { kind: 'phone', match: '070-123 45 67' },
    ],
  ],
];

describe('checkPrivacy: likely personal names', () => {
  it.each(NAMES)('%j', (text, expected) => {
    expect(checkPrivacy(text, { organisationNames: REGISTER })).toEqual(expected);
  });

  it('a name that is part of an organisation of the register is reported only without it', () => {
    const text = 'Mötet hölls hos Ali Baba i centrum, sedan kom Sara Lind.';
    expect(checkPrivacy(text)).toEqual([
      { kind: 'name', match: 'Ali Baba' },
      { kind: 'name', match: 'Sara Lind' },
    ]);
    // Found as written in the text, or as part of a longer organisation name.
    const register = ['Ali Baba', 'Röda Korset'];
    expect(checkPrivacy(text, { organisationNames: register })).toEqual([
      { kind: 'name', match: 'Sara Lind' },
    ]);
    expect(checkPrivacy(text, { organisationNames: ['Stiftelsen Sara Lind'] })).toEqual([
      { kind: 'name', match: 'Ali Baba' },
    ]);
  });
});

describe('checkPrivacy', () => {
  it.each(TABLE)('%j', (text, expected) => {
    expect(checkPrivacy(text)).toEqual(expected);
  });
});

describe('luhnValid', () => {
  it('accepts the check digit of the ten-digit form and rejects any other', () => {
    expect(luhnValid('8112189876')).toBe(true);
    for (const digit of '012345789') expect(luhnValid(`811218987${digit}`)).toBe(false);
  });
});
