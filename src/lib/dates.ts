import { format, formatDistanceToNow, parseISO } from 'date-fns';
import { sv } from 'date-fns/locale/sv';

export const TIME_ZONE = 'Europe/Stockholm';

// Intl formatters and collators are slow to create (tens of ms on a slow phone, on the path to
// the first usable form): each is made once, when first needed, not while the app starts.
let stockholmFormat: Intl.DateTimeFormat | null = null;

function intlStockholm(instant: Date): string {
  stockholmFormat ??= new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p = Object.fromEntries(
    stockholmFormat.formatToParts(instant).map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The instant (ms) of the last Sunday of `month` (0-based) of `year` at 01:00 UTC. */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 86_400_000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Sweden's wall clock by the EU rule (CET, UTC+1; CEST, UTC+2 from the last Sunday of March to
 * the last Sunday of October, both at 01:00 UTC), which holds since 1996. Arithmetic only, so
 * the first screen needs no Intl formatter. Null outside the years the rule is known to hold; and
 * `checkRuleLater` compares it once with the time zone database, switching to Intl for good if
 * the rule ever stops holding (a change of the EU's clock rules).
 */
function ruleStockholm(instant: Date): string | null {
  const ms = instant.getTime();
  const year = instant.getUTCFullYear();
  if (!(year >= 1996 && year <= 2099) || !ruleHolds) return null;
  const summer = ms >= lastSundayAt1Utc(year, 2) && ms < lastSundayAt1Utc(year, 9);
  const local = new Date(ms + (summer ? 2 : 1) * 3_600_000);
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

let ruleHolds = true;
let ruleCheck: ReturnType<typeof setTimeout> | null = null;

/**
 * Once, well after start-up and when the page is idle: the rule against the time zone database,
 * at instants around now. The first Intl formatter for a time zone loads the zone data, a task of
 * over 100 ms on a slow phone: at a fixed 3 s it met a user already typing in the form.
 */
function checkRuleLater(): void {
  ruleCheck ??= setTimeout(() => {
    const check = () => {
      const now = Date.now();
      const probes = [-400, -200, -100, 0, 100, 200, 400].map(
        (d) => new Date(now + d * 86_400_000),
      );
      ruleHolds = probes.every((probe) => ruleStockholm(probe) === intlStockholm(probe));
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(check, { timeout: 30_000 });
    else check();
  }, 10_000);
}

/** An instant as a wall clock in Europe/Stockholm, `YYYY-MM-DDTHH:mm`. */
function stockholmWallClock(instant: Date): string {
  checkRuleLater();
  return ruleStockholm(instant) ?? intlStockholm(instant);
}

/** For tests: the two ways of telling Sweden's time, side by side. */
export const stockholmClocks = { rule: ruleStockholm, intl: intlStockholm };

/** The local date and time in Europe/Stockholm, `YYYY-MM-DDTHH:mm`, as the log stores dates. */
export function localDateTimeNow(now: Date = new Date()): string {
  return stockholmWallClock(now);
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
