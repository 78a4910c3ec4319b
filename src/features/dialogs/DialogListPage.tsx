import { useDeferredValue, useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { Button, EmptyState, Loading, Page } from '../../ui';
import { localDateToday } from '../../lib/dates';
import { sv } from '../../lib/strings';
import { DueFollowUps } from './DueFollowUps';
import {
  NO_FILTERS,
  dueFollowUps,
  entryYears,
  filterEntries,
  groupByMonth,
  type IndexedEntry,
  type ListFilters as Filters,
} from './filter-entries';
import { useLogSnapshot, useOrganisationNames } from './hooks';
import { searchCache } from './log-store';
import { filtersFromParams, filtersToParams, hasFilters } from './list-params';
import { ListFilters } from './ListFilters';
import type { SearchTextCache } from './search-text';
import { VirtualDialogList } from './VirtualDialogList';
import './dialogs.css';

/** Folds the search texts in idle time, a slice at a time, so the first search is quick too. */
function warmSearchTexts(cache: SearchTextCache, index: IndexedEntry[]): () => void {
  let next = 0;
  let timer = 0;
  const step = () => {
    const end = Math.min(index.length, next + 500);
    for (; next < end; next++) cache.fold(index[next]!.raw);
    if (next < index.length) timer = window.setTimeout(step, 16);
  };
  timer = window.setTimeout(step, 300);
  return () => window.clearTimeout(timer);
}

/**
 * `/dialoger`: the log, newest first and grouped by month, with due follow-ups on top. It reads
 * the log's live read model, so an entry saved, synced or restored shows up without a refresh, and
 * opening the page after a save needs no new read of the whole table.
 */
export default function DialogListPage() {
  const [, navigate] = useLocation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const deferred = useDeferredValue(filters);
  const snapshot = useLogSnapshot();
  const nameOf = useOrganisationNames(snapshot?.organisations);
  const today = localDateToday();
  const index = snapshot?.index ?? null;
  useEffect(() => (index ? warmSearchTexts(searchCache, index) : undefined), [index]);
  const shown = useMemo(
    () => (index ? filterEntries(index, deferred, today, nameOf, searchCache) : []),
    [index, deferred, today, nameOf],
  );
  const rows = useMemo(() => groupByMonth(shown), [shown]);
  const due = useMemo(() => (index ? dueFollowUps(index, today) : []), [index, today]);
  const years = useMemo(() => (index ? entryYears(index) : []), [index]);
  const t = sv.dialogs.list;
  const setFilters = (next: Filters) => setParams(filtersToParams(next), { replace: true });

  return (
    <Page
      title={sv.dialogs.listTitle}
      actions={
        <Button variant="primary" onClick={() => navigate('/dialoger/ny')}>
          {sv.dialogs.newDialog}
        </Button>
      }
    >
      {index === null ? (
        <Loading />
      ) : index.length === 0 ? (
        <EmptyState title={t.emptyTitle}>
          <p>{t.emptyBody}</p>
        </EmptyState>
      ) : (
        <>
          {snapshot?.complete ? (
            <>
              <DueFollowUps due={due} nameOf={nameOf} />
              <ListFilters
                filters={filters}
                years={years}
                organisationName={filters.organisationId ? nameOf(filters.organisationId) : null}
                onChange={setFilters}
              />
              <p className="list-count" aria-live="polite">
                {t.count(shown.length, index.length)}
              </p>
            </>
          ) : (
            <Loading label={t.loadingOlder} />
          )}
          {shown.length === 0 ? (
            <EmptyState title={t.noMatchTitle}>
              <p>{t.noMatchBody}</p>
              {hasFilters(filters) ? (
                <Button onClick={() => setFilters(NO_FILTERS)}>{t.clearFilters}</Button>
              ) : null}
            </EmptyState>
          ) : (
            <VirtualDialogList rows={rows} nameOf={nameOf} />
          )}
        </>
      )}
    </Page>
  );
}
