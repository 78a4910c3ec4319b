import { LOG_KINDS, type LogKind } from '../../shared/schemas';
import { NO_FILTERS, type ListFilters } from './filter-entries';

/**
 * The list's filters live in the address (`?q=…&typ=…&ar=…&organisation=…&uppfoljning=1`), so
 * going back from an entry returns to the same view and the register can link to one
 * organisation's entries.
 */
export function filtersFromParams(params: URLSearchParams): ListFilters {
  const kind = params.get('typ') ?? '';
  const year = Number(params.get('ar'));
  return {
    query: params.get('q') ?? '',
    kind: (LOG_KINDS as readonly string[]).includes(kind) ? (kind as LogKind) : '',
    year: Number.isInteger(year) && year > 0 ? year : null,
    organisationId: params.get('organisation') || null,
    dueOnly: params.get('uppfoljning') === '1',
  };
}

export function filtersToParams(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  if (filters.kind) params.set('typ', filters.kind);
  if (filters.year !== null) params.set('ar', String(filters.year));
  if (filters.organisationId) params.set('organisation', filters.organisationId);
  if (filters.dueOnly) params.set('uppfoljning', '1');
  return params;
}

export function hasFilters(filters: ListFilters): boolean {
  return filtersToParams(filters).toString() !== filtersToParams(NO_FILTERS).toString();
}

/** The list's address showing one organisation's entries. */
export const organisationListHref = (organisationId: string): string =>
  `/dialoger?${filtersToParams({ ...NO_FILTERS, organisationId }).toString()}`;
