import { formatLocalDateTime, localDateTimeNow } from './dates';
import { sv } from './strings/for/history';

/**
 * How the audit trail's values read for people (the Historik page and the history CSV): text as
 * written, yes/no, a follow-up's status by its name, lists one item per line (follow-ups by their
 * text, phones as label and number). `field` is the field the value belongs to.
 */
export function formatHistoryValue(value: unknown, field?: string): string {
  const t = sv.history;
  if (value === null || value === undefined || value === '') return t.emptyValue;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (field === 'status' && typeof value === 'string') return statusText(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t.emptyValue;
    return value.map(formatItem).join('\n');
  }
  return JSON.stringify(value);
}

/** A follow-up's status as the plan names it ("Delvis uppfyllt"), else the value as stored. */
function statusText(status: string): string {
  const labels: Readonly<Record<string, string>> = sv.plan.status;
  return labels[status] ?? status;
}

function formatItem(item: unknown): string {
  if (item === null || typeof item !== 'object') return String(item);
  const o = item as Record<string, unknown>;
  if (typeof o.number === 'string') return [o.label, o.number].filter(Boolean).join(' ');
  if (typeof o.text === 'string') {
    const due = typeof o.due === 'string' ? ` (${o.due})` : '';
    return `${o.done === true ? '✓ ' : ''}${o.text}${due}`;
  }
  if (typeof o.status === 'string') {
    return [o.at, statusText(o.status), o.comment, o.by]
      .filter((x) => typeof x === 'string' && x)
      .join(' – ');
  }
  return JSON.stringify(item);
}

/** The Swedish label of a record's field, or the field's own name when it has none. */
export function historyFieldLabel(table: string, field: string): string {
  return sv.history.fields[table]?.[field] ?? field;
}

/** "1 mar. 2025 11:00" in Stockholm time from a server instant. */
export function formatHistoryTime(iso: string): string {
  return formatLocalDateTime(localDateTimeNow(new Date(iso)));
}

/** Bookkeeping fields the history never shows (they change with every edit). */
export const HIDDEN_HISTORY_FIELDS: ReadonlySet<string> = new Set(['updatedAt', 'updatedBy']);
