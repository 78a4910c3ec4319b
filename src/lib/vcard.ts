import { foldForSearch } from './dates';

/** What a vCard holds for one role-based contact. */
export interface VCardInput {
  uid?: string;
  /** The display name (FN): the person's name if known, otherwise the role. */
  fullName: string;
  /** A person's name, "Förnamn Efternamn", when known. */
  name?: string;
  organisation?: string;
  /** The role (TITLE). */
  title?: string;
  phones: ReadonlyArray<{ label: string; number: string }>;
  email?: string;
  note?: string;
  categories?: readonly string[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 2426 §5 / RFC 6350 §3.4): backslash, comma, semicolon, newline. */
export function escapeVCardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

/** Folds a content line at 75 octets of UTF-8 without splitting a character (RFC 6350 §3.2). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function splitName(name: string): { family: string; given: string } {
  const trimmed = name.trim();
  const space = trimmed.lastIndexOf(' ');
  if (space < 0) return { family: trimmed, given: '' };
  return { family: trimmed.slice(space + 1), given: trimmed.slice(0, space) };
}

/** A vCard 3.0 (read by iOS, Android and Outlook) with CRLF line endings. */
export function buildVCard(input: VCardInput): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:3.0'];
  const add = (property: string, value: string | undefined) => {
    if (value?.trim()) lines.push(`${property}:${escapeVCardText(value.trim())}`);
  };
  lines.push(`FN:${escapeVCardText(input.fullName.trim())}`);
  const { family, given } = splitName(input.name ?? '');
  lines.push(`N:${escapeVCardText(family)};${escapeVCardText(given)};;;`);
  add('ORG', input.organisation);
  add('TITLE', input.title);
  input.phones.forEach((phone, index) => {
    // Grouped label (item1.X-ABLabel) keeps labels such as "Mobil, dagtid" readable in phones' contact apps.
    const group = `item${index + 1}`;
    lines.push(`${group}.TEL;TYPE=VOICE:${escapeVCardText(phone.number.trim())}`);
    if (phone.label.trim()) lines.push(`${group}.X-ABLabel:${escapeVCardText(phone.label.trim())}`);
  });
  add('EMAIL;TYPE=INTERNET', input.email);
  add('NOTE', input.note);
  const categories = (input.categories ?? []).filter((c) => c.trim());
  if (categories.length > 0) {
    lines.push(`CATEGORIES:${categories.map((c) => escapeVCardText(c.trim())).join(',')}`);
  }
  add('UID', input.uid);
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A safe file name from a title: "Polisen – ej akut" → "polisen-ej-akut.vcf". */
export function vcardFileName(title: string): string {
  const slug = foldForSearch(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `${slug || 'kontakt'}.vcf`;
}
