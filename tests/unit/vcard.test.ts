import { describe, expect, it } from 'vitest';
import { buildVCard, escapeVCardText, foldLine, vcardFileName } from '../../src/lib/vcard';
import { contactVCard } from '../../src/features/contacts/download-vcard';
import { CONTACT_IDS, DEFAULT_CONTACTS } from '../../src/shared/seed';

/** Undoes line folding (RFC 6350 §3.2) and splits the content lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('vCard escaping', () => {
  it('escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeVCardText('a,b;c\\d')).toBe('a\\,b\\;c\\\\d');
    expect(escapeVCardText('rad 1\nrad 2\r\nrad 3')).toBe('rad 1\\nrad 2\\nrad 3');
  });

  it('keeps å, ä and ö as they are (UTF-8)', () => {
    expect(escapeVCardText('Länsstyrelsen Västernorrland, Härnösand; Örnsköldsvik')).toBe(
      'Länsstyrelsen Västernorrland\\, Härnösand\\; Örnsköldsvik',
    );
  });

  it('writes an escaped note and organisation into the card', () => {
    const card = buildVCard({
      fullName: 'Rektor, Åkerskolan',
      organisation: 'Timrå kommun; Barn- och utbildning',
      title: 'Rektor',
      phones: [{ label: 'Mobil, dagtid', number: '070-123 45 67' }],
      note: 'Ring före 16.\nAnnars: växeln, 060-16 31 00',
    });
    const lines = unfold(card);
    expect(lines).toContain('FN:Rektor\\, Åkerskolan');
    expect(lines).toContain('ORG:Timrå kommun\\; Barn- och utbildning');
    expect(lines).toContain('NOTE:Ring före 16.\\nAnnars: växeln\\, 060-16 31 00');
    expect(lines).toContain('item1.TEL;TYPE=VOICE:070-123 45 67');
    expect(lines).toContain('item1.X-ABLabel:Mobil\\, dagtid');
  });

  it('uses CRLF, begins and ends the card, and has no raw newline in a value', () => {
    const card = buildVCard({ fullName: 'A', phones: [], note: 'x\ny' });
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('vCard line folding', () => {
  it('folds long lines at 75 octets without splitting å, ä or ö', () => {
    const line = `NOTE:${'åäö'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(folded))).toBe(
      folded,
    );
  });

  it('leaves short lines alone', () => {
    expect(foldLine('FN:Polisen')).toBe('FN:Polisen');
  });
});

describe('a contact as a vCard', () => {
  it('holds the role, organisation, number and category of a default contact', () => {
    const police = DEFAULT_CONTACTS.find((c) => c.id === CONTACT_IDS['polis-11414'])!;
    const lines = unfold(contactVCard(police));
    expect(lines).toContain('FN:Polisen – ej akut');
    expect(lines).toContain('TITLE:Polisen – ej akut');
    expect(lines).toContain('ORG:Polismyndigheten');
    expect(lines).toContain('item1.TEL;TYPE=VOICE:114 14');
    expect(lines).toContain('CATEGORIES:Polis');
    expect(lines).toContain(`UID:${police.id}`);
    expect(lines.find((l) => l.startsWith('NOTE:'))).toContain(
      't.ex. hot eller tips. Vid akut fara: ring 112.',
    );
  });

  it("uses the person's name as display name and N when there is one", () => {
    const base = DEFAULT_CONTACTS[4]!;
    const lines = unfold(
      contactVCard({ ...base, name: 'Anna Maria Öberg', email: 'anna@timra.se' }),
    );
    expect(lines).toContain('FN:Anna Maria Öberg');
    expect(lines).toContain('N:Öberg;Anna Maria;;;');
    expect(lines).toContain('EMAIL;TYPE=INTERNET:anna@timra.se');
  });

  it('makes a file name without accents or odd characters', () => {
    expect(vcardFileName('Polisen – ej akut')).toBe('polisen-ej-akut.vcf');
    expect(vcardFileName('Länsstyrelsen Västernorrland')).toBe('lansstyrelsen-vasternorrland.vcf');
    expect(vcardFileName('???')).toBe('kontakt.vcf');
  });
});
