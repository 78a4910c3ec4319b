import { GIVEN_NAMES } from './given-names';

/**
 * Likely personal names: a known given name (see given-names.ts), capitalised, followed on the same
 * line by a capitalised last name — optionally with more given names ("Anna Maria Svensson") and
 * name particles ("Carl von Linné", "Ahmed bin Said") in between, hyphenated first or last names
 * allowed ("Anna-Karin Öberg", "Lena Svensson-Ali").
 *
 * Why a known given name is required: Swedish capitalises few words mid-sentence, but every
 * sentence start, organisation ("Svenska kyrkan", "Röda Korset", "Timrå IK"), place and role title
 * does, so two capitalised words alone warn far too often. Organisations, places and titles rarely
 * start with a given name; those that do are caught by the rules below or by the register
 * (`organisationNames`): a name found inside an organisation's name is not reported.
 * Misses that are accepted: a surname alone, a given name alone, an uncommon given name.
 */

export interface NameSpan {
  match: string;
  start: number;
  end: number;
}

const fold = (text: string) => text.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
const KNOWN = new Set(GIVEN_NAMES.map(fold));

/** Lowercase words that may stand between the given and the last name. */
const PARTICLES = new Set([
  'von',
  'af',
  'av',
  'de',
  'van',
  'der',
  'den',
  'la',
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'ben',
  'da',
]);

/** Capitalised words that end an organisation's or a place's name, never a surname. */
const NOT_SURNAMES = new Set([
  'kommun',
  'kommunen',
  'kyrka',
  'kyrkan',
  'församling',
  'församlingen',
  'moské',
  'moskén',
  'skola',
  'skolan',
  'gymnasiet',
  'gymnasium',
  'förening',
  'föreningen',
  'förbund',
  'förbundet',
  'stiftelse',
  'stiftelsen',
  'center',
  'centrum',
  'sjukhus',
  'sjukhuset',
  'gata',
  'gatan',
  'väg',
  'vägen',
  'torg',
  'torget',
  'park',
  'parken',
  'plats',
  'platsen',
  'dag',
  'dagen',
  'hus',
  'huset',
]);

/** A lowercase word after the name that shows it names a place or an institution. */
const INSTITUTION_AFTER = new Set([
  ...NOT_SURNAMES,
  'skolas',
  'minnesfond',
  'fond',
  'fonden',
  'sal',
  'salen',
  'kapell',
  'kapellet',
  'gård',
  'gården',
  'förskola',
  'förskolan',
  'bibliotek',
  'biblioteket',
  'kyrkogård',
  'prisma',
  'pris',
  'priset',
]);

/** A word: letters, apostrophes inside, hyphenated parts. */
const WORD = /\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*/gu;
/** Capitalised, with at least one lowercase letter: "Svensson", "McDonald", "O’Brien"; not "IK". */
const CAPITALISED = /^\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*$/u;
const SAME_LINE_GAP = /^[ \t\u00A0]{1,3}$/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

const capitalised = (word: string) => word.split('-').every((part) => CAPITALISED.test(part));

/** "Anna", "Anna-Karin", "Ahmed": a known given name (each hyphenated part capitalised). */
function isGivenName(word: string): boolean {
  if (!capitalised(word)) return false;
  if (KNOWN.has(fold(word))) return true;
  const [first, ...rest] = word.split('-');
  return rest.length > 0 && KNOWN.has(fold(first ?? ''));
}

const isSurname = (word: string) => capitalised(word) && !NOT_SURNAMES.has(fold(word));

/** Given names and a last name in `text`, in order of appearance. */
export function findLikelyNames(text: string): NameSpan[] {
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const adjacent = (a: Word, b: Word) => SAME_LINE_GAP.test(text.slice(a.end, b.start));
  const out: NameSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!isGivenName(first.text)) continue;
    // Extend over further given names, particles and the last name (at most five words in all).
    let last = i;
    let names = 1;
    for (let j = i + 1; j < words.length && j <= i + 4; j++) {
      const word = words[j]!;
      if (!adjacent(words[j - 1]!, word)) break;
      if (PARTICLES.has(word.text)) continue;
      if (!isSurname(word.text)) break;
      last = j;
      names += 1;
    }
    const next = words[last + 1];
    if (
      names >= 2 &&
      next &&
      adjacent(words[last]!, next) &&
      INSTITUTION_AFTER.has(fold(next.text))
    ) {
      // "Gustav Adolfs församling", "Maria Magdalena kyrka": a place named after a person.
      i = last;
      continue;
    }
    if (names < 2) continue;
    const end = words[last]!.end;
    out.push({ match: text.slice(first.start, end), start: first.start, end });
    i = last;
  }
  return out;
}

/**
 * Drops names that belong to an organisation of the register: those found inside one of its
 * names as written in the text, and those that are part of an organisation's name anywhere.
 */
export function outsideOrganisations(
  text: string,
  names: NameSpan[],
  organisationNames: readonly string[],
): NameSpan[] {
  const orgs = organisationNames.map(fold).filter((name) => name.length > 0);
  if (orgs.length === 0) return names;
  const lower = text.toLocaleLowerCase('sv');
  const covered: Array<[number, number]> = [];
  for (const org of orgs) {
    for (let at = lower.indexOf(org); at >= 0; at = lower.indexOf(org, at + 1)) {
      covered.push([at, at + org.length]);
    }
  }
  return names.filter(
    (n) =>
      !orgs.some((org) => org.includes(fold(n.match))) &&
      !covered.some(([s, e]) => s < n.end && n.start < e),
  );
}
