import type { LogEntry, Organisation } from '../../src/shared/schemas';
import { DIALOG_ACTIVITY_ID } from '../../src/shared/seed';
import { newId } from '../../src/shared/ids';

/**
 * Realistic synthetic data for benchmarks, the same in Node and in the browser: log entries with
 * Swedish text (so text search has something to find) and organisations. Deterministic for a seed,
 * except the ids (UUIDv7, as the app makes them).
 */
export type Rng = () => number;

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

const WORDS = (
  'möte samtal förening församling ungdomar ledare styrelse lokal samverkan polisen skolan fritidsgård ' +
  'trygghet oro rekrytering nätverk utbildning demokrati värdegrund information kontakt uppföljning ' +
  'föräldrar idrott kultur studiecirkel moské kyrka imam präst ordförande kassör aktiviteter sommar ' +
  'vinter lovverksamhet bidrag ansökan lokalfrågor medlemmar ideella hot hat näthat desinformation ' +
  'propaganda radikalisering stöd rådgivning socialtjänsten kommunen regionen länsstyrelsen frågor ' +
  'planering workshop inbjudan återkoppling dialog öppet hus samarbete mötesplats integration språk'
).split(' ');
const TOPICS = [
  'Lokalfrågor',
  'Ungdomsverksamhet',
  'Trygghet',
  'Bidrag',
  'Desinformation',
  'Utbildning',
  'Samverkan',
  'Värdegrund',
];
const ROLES = [
  'Strateg',
  'Samordnare',
  'Fritidsledare',
  'Rektor',
  'Polis i kommunen',
  'Socialsekreterare',
];
const ORG_WORDS = [
  'Norra',
  'Södra',
  'Timrå',
  'Sundsvall',
  'Bergeforsen',
  'Söråker',
  'Fagervik',
  'Vivsta',
];
const ORG_KINDS = [
  'Islamiska förening',
  'församling',
  'IF',
  'kulturförening',
  'studieförbund',
  'ungdomsråd',
];

function text(r: Rng, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(r, WORDS));
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local `YYYY-MM-DDTHH:mm` between two instants (calendar fields read in UTC: no zone maths). */
function dateBetween(r: Rng, from: number, to: number): string {
  const d = new Date(from + r() * (to - from));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function makeOrganisations(r: Rng, count: number, version = 0): Organisation[] {
  return Array.from({ length: count }, (_, i) => ({
    id: newId(),
    version,
    deleted: false,
    updatedAt: '2025-01-15T10:00:00.000Z',
    name: `${pick(r, ORG_WORDS)} ${pick(r, ORG_KINDS)} ${i + 1}`,
    kind: pick(r, [
      'trossamfund',
      'forening',
      'idrottsforening',
      'studieforbund',
      'annan',
    ] as const),
    wishesDialog: pick(r, ['ja', 'nej', 'okant'] as const),
    firstContact: null,
    note: '',
    mergedInto: null,
  }));
}

export interface EntryOptions {
  organisationIds: readonly string[];
  /** Dates are drawn between these instants (ms since the epoch). */
  from: number;
  to: number;
  version?: number;
}

export function makeLogEntry(r: Rng, options: EntryOptions): LogEntry {
  const kind = r() < 0.8 ? 'dialog' : pick(r, ['network', 'training', 'intervention'] as const);
  const orgs = kind === 'intervention' ? [] : [pick(r, options.organisationIds)];
  const date = dateBetween(r, options.from, options.to);
  return {
    id: newId(),
    version: options.version ?? 0,
    deleted: false,
    updatedAt: '2025-01-15T10:00:00.000Z',
    kind,
    date,
    organisationIds: orgs,
    meetingForm: kind === 'dialog' ? pick(r, ['fysiskt', 'telefon', 'digitalt'] as const) : null,
    participantRoles: [pick(r, ROLES)],
    orgParticipants: kind === 'dialog' ? int(r, 1, 12) : null,
    topics: [pick(r, TOPICS), pick(r, TOPICS)].filter((t, i, a) => a.indexOf(t) === i),
    summary: text(r, int(r, 15, 60)),
    followUps:
      r() < 0.2 ? [{ id: newId(), text: text(r, 6), due: date.slice(0, 10), done: r() < 0.7 }] : [],
    nextMeeting: null,
    activityId: kind === 'dialog' ? DIALOG_ACTIVITY_ID : null,
    preventionLevel: kind === 'intervention' ? 'generell' : null,
    networkLevel: kind === 'network' ? 'regional' : null,
    trainingType: kind === 'training' ? 'grund' : null,
    trainingAudience: kind === 'training' ? 'Fritidsledare' : '',
    interventionCount: kind === 'intervention' ? int(r, 1, 5) : null,
    privacyAcknowledged: false,
  };
}

/** The fields a create mutation carries: the record without `id` and `version`. */
export function fieldsOf(record: { id: string; version: number }): Record<string, unknown> {
  const { id: _id, version: _version, ...fields } = record;
  return fields;
}

/** Search words the filter benchmark types (common, rarer, two words, an organisation). */
export const FILTER_QUERIES = [
  'samverkan',
  'moské',
  'ungdomar lokal',
  'timrå',
  'desinformation hot',
];
