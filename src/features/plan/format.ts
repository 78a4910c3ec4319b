import { formatLocalDateTime, localDateTimeNow } from '../../lib/dates';

/** "27 nov. 2026 14:05" in Europe/Stockholm from an ISO instant (a device clock: display only). */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatLocalDateTime(localDateTimeNow(date));
}

/** A long text cut for an accessible name: the first words, at most `max` characters. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
