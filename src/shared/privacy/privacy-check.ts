import { findLikelyNames, outsideOrganisations } from './likely-names';

/**
 * Privacy check at the point of entry: finds text that looks like personal data (a Swedish personal
 * identity number, a phone number, an e-mail address, a likely personal name). Pure and
 * synchronous; the form shows the hits as a warning and never blocks saving. More kinds can be
 * added as further detectors returning the same `{ kind, match }` hits.
 */

export type PrivacyHitKind = 'personnummer' | 'phone' | 'email' | 'name';

export interface PrivacyCheckOptions {
  /** The register's organisation names: a name inside one of them is not a personal name. */
  organisationNames?: readonly string[];
}

export interface PrivacyHit {
  kind: PrivacyHitKind;
  /** The text as it was found. */
  match: string;
}

interface Found extends PrivacyHit {
  start: number;
  end: number;
}

/** YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDD-NNNN, YYYYMMDDNNNN (not inside a longer number). */
const PERSONNUMMER = /(?<!\d)((?:18|19|20)?\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?!\d)/g;

/** Swedish numbers (0…, +46…, 0046…) and other international numbers (+…), with spaces or dashes. */
const PHONE =
  /(?<![\w+-])(?:(?:\+|00)\d{1,3}[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d){5,10}|0\d(?:[\s-]?\d){5,8})(?!\d)/g;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** The Luhn checksum of the ten-digit form YYMMDDNNNC: true when the check digit fits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Month 01–12; day 01–31, or 61–91 for a coordination number (samordningsnummer). */
function plausibleDate(month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && ((d >= 1 && d <= 31) || (d >= 61 && d <= 91));
}

function findPersonnummer(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(PERSONNUMMER)) {
    const [match, year = '', month = '', day = '', separator = '', last = ''] = m;
    // The plus sign only belongs to the ten-digit form (a person aged 100 or more).
    if (year.length === 4 && separator === '+') continue;
    if (!plausibleDate(month, day)) continue;
    if (!luhnValid(`${year.slice(-2)}${month}${day}${last}`)) continue;
    out.push({ kind: 'personnummer', match, start: m.index, end: m.index + match.length });
  }
  return out;
}

function findAll(text: string, pattern: RegExp, kind: PrivacyHitKind): Found[] {
  return [...text.matchAll(pattern)].map((m) => ({
    kind,
    match: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const overlaps = (a: Found, b: Found) => a.start < b.end && b.start < a.end;

/**
 * Every piece of `text` that looks like personal data, in the order it appears. A number that is a
 * valid personal identity number is reported once, as such (not also as a phone number); digits
 * inside an e-mail address are not reported as a phone number, nor a name inside one as a name.
 */
export function checkPrivacy(text: string, options: PrivacyCheckOptions = {}): PrivacyHit[] {
  if (!text) return [];
  const strong = [...findPersonnummer(text), ...findAll(text, EMAIL, 'email')];
  const phones = findAll(text, PHONE, 'phone').filter((p) => !strong.some((s) => overlaps(s, p)));
  const names = outsideOrganisations(text, findLikelyNames(text), options.organisationNames ?? [])
    .map((n): Found => ({ kind: 'name', ...n }))
    .filter((n) => !strong.some((s) => overlaps(s, n)));
  return [...strong, ...phones, ...names]
    .sort((a, b) => a.start - b.start)
    .map(({ kind, match }) => ({ kind, match }));
}
