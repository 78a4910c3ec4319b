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
