import { format, formatDistanceToNow, parseISO } from 'date-fns';
import { sv } from 'date-fns/locale/sv';

export const TIME_ZONE = 'Europe/Stockholm';

// Intl formatters and collators are slow to create (tens of ms on a slow phone): each is made once,
// when first used, not while the app starts.
let stockholmFormat: Intl.DateTimeFormat | null = null;

/** Parts of an instant as a wall clock in Europe/Stockholm. */
function stockholmParts(instant: Date): Record<string, string> {
  stockholmFormat ??= new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = stockholmFormat.formatToParts(instant);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** The local date and time in Europe/Stockholm, `YYYY-MM-DDTHH:mm`, as the log stores dates. */
export function localDateTimeNow(now: Date = new Date()): string {
  const p = stockholmParts(now);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Today in Europe/Stockholm, `YYYY-MM-DD`. */
export function localDateToday(now: Date = new Date()): string {
  return localDateTimeNow(now).slice(0, 10);
}

/** The year of a local date or date-time string (`2026-…`). */
export function yearOf(localDate: string): number {
  return Number(localDate.slice(0, 4));
}

/** "27 november 2026" from `2026-11-27` or `2026-11-27T14:05`. */
export function formatLocalDate(localDate: string): string {
  return format(parseISO(localDate.slice(0, 10)), 'd MMMM yyyy', { locale: sv });
}

/** "27 nov. 2026 14:05" from `2026-11-27T14:05`. */
export function formatLocalDateTime(localDateTime: string): string {
  return format(parseISO(localDateTime), 'd MMM yyyy HH:mm', { locale: sv });
}

/** "november 2026" from a local date. */
export function formatMonth(localDate: string): string {
  return format(parseISO(`${localDate.slice(0, 7)}-01`), 'LLLL yyyy', { locale: sv });
}

/** "för 5 minuter sedan" from an ISO instant. */
export function formatAgo(iso: string): string {
  return formatDistanceToNow(parseISO(iso), { addSuffix: true, locale: sv });
}

let svCollator: Intl.Collator | null = null;

/** Swedish collation for sorting names and lists (the Intl.Collator is created on first compare). */
export const collator: Pick<Intl.Collator, 'compare'> = {
  compare: (a, b) =>
    (svCollator ??= new Intl.Collator('sv', { sensitivity: 'base', numeric: true })).compare(a, b),
};

/** Lower-cases and strips accents, so "sakerhetspolisen" finds "Säkerhetspolisen". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('sv');
}
